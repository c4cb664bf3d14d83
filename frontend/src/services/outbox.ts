// Outbox wraps the bound OutboxService: writes that wait for the server or
// were refused, and the user's ways out (SYNC-*).
import * as Bindings from '../wailsjs/go/app/OutboxService';
import { call } from './errors';

/** OutboxState is where a write stands. */
export type OutboxState = 'sent' | 'pending' | 'failed';

export interface OutboxEntry {
  id: string;
  clientId: string;
  kind: string;
  state: string;
  errorCode: string;
  createdAt: string;
  summary: string;
  blockedBy: string;
}

/** OutboxResult tells what became of a write: sent, pending or failed. */
export interface OutboxResult {
  itemId: string;
  state: string;
  errorCode: string;
  recordId: string;
}

/** items lists waiting and refused writes, oldest first. */
export function items(): Promise<OutboxEntry[]> {
  return call(async () => {
    const list: OutboxEntry[] = (await Bindings.Items()) ?? [];
    return list;
  });
}

/** retry queues a refused item again with the same key. */
export function retry(id: string): Promise<OutboxResult> {
  return call(async () => {
    const r: OutboxResult = await Bindings.Retry({ id });
    return r;
  });
}

/** edit changes the title or text of a refused item and sends it again. */
export function edit(id: string, title: string, text: string): Promise<OutboxResult> {
  return call(async () => {
    const r: OutboxResult = await Bindings.Edit({ id, title, text });
    return r;
  });
}

/** discard throws a refused item away, with the items that depend on it. */
export function discard(id: string): Promise<void> {
  return call(() => Bindings.Discard({ id }));
}
