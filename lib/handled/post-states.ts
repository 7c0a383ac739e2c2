import type { KizukiDatabase } from '../db/database';
import type { PostState } from '../contract/post-state';
import type { ClaimRecord, HandledRecord } from '../contract/records';
import { serverClock } from '../db/kv-items';
import { requestHandled, requestLiveClaims, type StateRows } from './state-requests';

/**
 * Every record of one post: a range on the primary key [postId, operator]. Arrays sort after strings
 * in IndexedDB, so [postId, []] is above every [postId, operator].
 */
function recordsOf(db: KizukiDatabase, postId: string) {
  return db.handled.where(':id').between([postId], [postId, []], true, true).toArray();
}

/**
 * The state of a batch of visible posts, read in ONE read-only transaction: the reads for all posts
 * are issued together and the browser answers them as a batch. Live claims are few (they expire in
 * about two minutes), so one read of all of them is cheaper than a read per post.
 * Why not `where('postId').anyOf(ids)`: measured in Chromium with 100,000 records, Dexie's anyOf
 * walks an index cursor across the log (~300 ms for 50 posts, growing with the log), while these
 * batched primary-key reads take a few ms whatever the log's size (bench/handled.bench.ts).
 * Posts with no record and no live claim are absent from the result. Chips (posts/state), the
 * queue and the composer all read post state through this one function.
 */
export async function getPostStates(db: KizukiDatabase, postIds: readonly string[], now: number): Promise<Record<string, PostState>> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return {};
  // Claims expire by the server's clock (an operator's laptop may be minutes off): compare in server
  // time, and hand the expiry on in local time so every reader can compare with its own Date.now().
  // The handled reads (the bulk) start at once, beside the clock's; only the claims wait for the clock.
  const [handled, [claims, offset]] = await db.transaction('r', db.handled, db.claims, db.kv, () =>
    Promise.all([
      Promise.all(ids.map((id) => recordsOf(db, id))),
      serverClock.get(db).then(async (offset) => [await db.claims.where('expiresAt').above(now + offset).toArray(), offset] as const),
    ]),
  );
  return statesOf(ids, handled.flat(), claims, offset);
}

/**
 * getPostStates for the worker's answers to every tab report and every chips' state request: the
 * same reads, as plain IndexedDB requests in one read transaction (state-requests.ts), without Dexie's
 * promises and zones: in Chromium, 50 posts over 100,000 records took 6.7–7.2 ms this way against
 * 7.6–7.9 ms through Dexie (bench/handled.bench.ts). The worker reads through SharedStateReads
 * (lib/background/shared-state-reads.ts): a tab's seen report and its chips ask for the same posts,
 * and share one read. Dexie's live queries do not see these requests, so whatever must re-run on a
 * change (the panel's, the composer's) reads through getPostStates.
 */
export async function getPostStatesDirect(db: KizukiDatabase, postIds: readonly string[], now: number): Promise<Record<string, PostState>> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return {};
  if (!db.isOpen()) await db.open();
  let tx: IDBTransaction;
  try {
    tx = db.backendDB().transaction([db.handled.name, db.claims.name, db.kv.name], 'readonly');
  } catch {
    // Closing for an upgrade another context began: Dexie reopens the database when it can.
    return getPostStates(db, ids, now);
  }
  const rows = await new Promise<StateRows>((resolve, reject) => {
    const rows: StateRows = { handled: [], claims: [], clock: undefined };
    requestHandled(tx, ids, rows);
    requestLiveClaims(tx, now, rows);
    tx.oncomplete = () => resolve(rows);
    tx.onabort = () => reject(tx.error ?? new Error('post state read aborted'));
  });
  return statesOfRows(ids, rows, now);
}

/**
 * The states of `ids` from what the plain requests read (state-requests.ts): the clock's row checked
 * as the kv item does, and the claims checked again against it.
 */
export function statesOfRows(ids: readonly string[], rows: StateRows, now: number): Record<string, PostState> {
  if (ids.length === 0) return {};
  const offset = serverClock.parse(rows.clock);
  return statesOf(ids, rows.handled, rows.claims.filter((c) => c.expiresAt > now + offset), offset);
}

/**
 * The states of `ids` from their handled records and the claims read (in server time, `offset` =
 * server minus local): shared by getPostStates and the panel's first queue read, which reads the same
 * records straight from IndexedDB (lib/queue/first-queue-read.ts).
 */
export function statesOf(ids: readonly string[], handled: readonly HandledRecord[], claims: readonly ClaimRecord[], offset: number): Record<string, PostState> {
  const states: Record<string, PostState> = {};
  const stateOf = (id: string) => (states[id] ??= { handled: [], claim: null });
  for (const r of handled) stateOf(r.postId).handled.push({ operator: r.operator, operatorName: r.operatorName, handledAt: r.handledAt, action: r.action });
  const wanted = new Set(ids);
  for (const c of claims) if (wanted.has(c.postId)) stateOf(c.postId).claim = { operator: c.operator, operatorName: c.operatorName, expiresAt: c.expiresAt - offset };
  for (const s of Object.values(states)) s.handled.sort((a, b) => a.handledAt - b.handledAt);
  return states;
}
