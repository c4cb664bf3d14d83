/**
 * KringError is the one error type the UI sees from a Go service. A bound
 * method rejects with the JSON text of the app's uiError,
 * `{"code":"invalid_credentials","retryAfter":30}`; the wrappers turn that
 * into this class so screens can switch on `code` and show its sentence.
 */
export class KringError extends Error {
  readonly code: string;
  readonly retryAfter: number;

  constructor(code: string, retryAfter = 0) {
    super(code);
    this.name = 'KringError';
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/** Code used when a rejection carries no code we can read. */
export const unknownCode = 'unknown';

/** toKringError reads whatever a binding rejected with. */
export function toKringError(reason: unknown): KringError {
  if (reason instanceof KringError) {
    return reason;
  }

  const text = reason instanceof Error ? reason.message : reason;
  const parsed = typeof text === 'string' ? parseJSON(text) : text;
  if (isCoded(parsed)) {
    const retry = Number(parsed.retryAfter ?? 0);
    return new KringError(parsed.code, Number.isFinite(retry) ? retry : 0);
  }

  return new KringError(unknownCode);
}

/** call runs a binding and rejects only with a KringError. */
export async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (reason) {
    throw toKringError(reason);
  }
}

interface Coded {
  code: string;
  retryAfter?: unknown;
}

function isCoded(v: unknown): v is Coded {
  if (typeof v !== 'object' || v === null) {
    return false;
  }

  const code = (v as { code?: unknown }).code;
  return typeof code === 'string' && code !== '';
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
