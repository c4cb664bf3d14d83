// The demo server keeps sent SMS and mail in a dev outbox instead of
// sending them: GET {server}/dev/outbox lists them, oldest first.

/** outboxMessages lists every message in the server's dev outbox. */
export async function outboxMessages(serverUrl) {
  const res = await fetch(new URL('/dev/outbox', serverUrl));
  if (!res.ok) {
    throw new Error(`dev outbox answered ${res.status}; is the server in demo mode?`);
  }

  const body = await res.json();
  return Array.isArray(body.messages) ? body.messages : [];
}

/** outboxIds gives the ids already in the outbox, to spot new ones. */
export async function outboxIds(serverUrl) {
  return new Set((await outboxMessages(serverUrl)).map((m) => m.id));
}

/** codeIn extracts the six-digit code from an SMS text. */
export function codeIn(body) {
  const match = /\b(\d{6})\b/.exec(body ?? '');
  if (!match) {
    throw new Error(`no six-digit code in SMS: ${JSON.stringify(body)}`);
  }
  return match[1];
}

/**
 * waitForSmsCode waits for an SMS that was not in `seen` and returns the
 * code in the newest one.
 */
export async function waitForSmsCode(serverUrl, seen, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const fresh = (await outboxMessages(serverUrl)).filter(
      (m) => m.channel === 'sms' && !seen.has(m.id),
    );
    const newest = fresh[fresh.length - 1];
    if (newest) {
      return codeIn(newest.body);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  throw new Error(`no new SMS in the dev outbox within ${timeoutMs} ms`);
}
