import type { ClaimRecord, HandledRecord } from '../contract/records';
import { SERVER_CLOCK_KEY } from '../db/kv-keys';

// The post-state reads as plain IndexedDB requests, issued inside a caller's read transaction on
// handled, claims and kv. For the reads someone waits on: the side panel's first queue read (its page's
// small first script, before Dexie has even loaded) and the worker's answers to every tab report and
// every chips' state request, where Dexie's promise machinery is a tenth of the read's time
// (bench/handled.bench.ts).
// Only type imports and the clock's key, so the panel's first script can carry it.

/** What the requests fill in: the posts' handled records, the live claims, the server clock's row. */
export interface StateRows {
  handled: HandledRecord[];
  /** Claims live by the clock's row read as a plain finite number (the caller checks it again). */
  claims: ClaimRecord[];
  /** The server clock's kv row value, unchecked. */
  clock: unknown;
}

const plainOffset = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Every handled record of `ids`: a range on the primary key [postId, operator] per post (arrays sort after strings). */
export function requestHandled(tx: IDBTransaction, ids: Iterable<string>, into: StateRows): void {
  const store = tx.objectStore('handled');
  for (const id of ids) {
    const records = store.getAll(IDBKeyRange.bound([id], [id, []]));
    records.onsuccess = () => into.handled.push(...(records.result as HandledRecord[]));
  }
}

/** The server clock's row, then the claims live by it: claims expire by the server's clock, as getPostStates reads them. */
export function requestLiveClaims(tx: IDBTransaction, now: number, into: StateRows): void {
  const clock = tx.objectStore('kv').get(SERVER_CLOCK_KEY);
  clock.onsuccess = () => {
    into.clock = (clock.result as { value?: unknown } | undefined)?.value;
    const live = tx.objectStore('claims').index('expiresAt').getAll(IDBKeyRange.lowerBound(now + plainOffset(into.clock), true));
    live.onsuccess = () => (into.claims = live.result as ClaimRecord[]);
  };
}
