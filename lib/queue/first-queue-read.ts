import type { ClaimRecord, HandledRecord, SeenPost } from '../contract/records';
import { serverClock } from '../db/kv-items';
import { MIGRATIONS } from '../db/migrations';
import type { StoredPack } from '../db/records';
import { statesOf } from '../handled/post-states';
import { activePacksOf } from '../pack/store';
import { resolveDeadlinePolicy, type DeadlinePolicy } from '../team/deadlines';
import { sortQueue } from './queue-order';
import { queueStart, type Queue } from './seen-posts';

// The side panel's first read of its queue, straight from IndexedDB rather than through Dexie.
// Opening the panel, the operator waits for this read. Through Dexie it could start only after the
// panel's whole script had run (Dexie opens the database from a promise job, and the panel's first
// chunk is one module: no job runs until all of it has been evaluated), then it took four round
// trips (open, the seen posts, the handled records, the claims) and a Dexie query object per post.
// Here the database is opened before the rest of the script is even evaluated (openAsIs, called by
// the panel's first import, components/queue/queue-read-at-load.ts), and the rows are read in one
// transaction: the seen posts and the server clock together, then every
// queued post's handled records and the live claims together. The records are the same ones
// getPostStates reads, turned into states by the same function (statesOf). Anything unexpected (no
// database yet, a schema upgrade pending) answers undefined: the caller reads through Dexie instead.

/** Dexie stores schema version n as IndexedDB version n × 10. */
const CURRENT_IDB_VERSION = MIGRATIONS.at(-1)!.version * 10;

/** The queue, and the reply deadline policy of the active packs that orders it (null: none). */
export interface FirstQueue extends Queue {
  policy: DeadlinePolicy | null;
}

function readQueue(idb: IDBDatabase, now: number, queueHours: number): Promise<FirstQueue> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(['seenPosts', 'handled', 'claims', 'kv', 'packs'], 'readonly');
    } catch (error) {
      idb.close();
      throw error;
    }
    let seen: SeenPost[] = [];
    let ids: string[] = [];
    const handled: HandledRecord[] = [];
    let claims: ClaimRecord[] = [];
    let offset = 0;
    let packs: StoredPack[] = [];
    const stored = tx.objectStore('packs').index('order').getAll();
    stored.onsuccess = () => (packs = stored.result as StoredPack[]);
    // Claims expire by the server's clock: as getPostStates reads them.
    const clock = tx.objectStore('kv').get(serverClock.key);
    clock.onsuccess = () => {
      offset = serverClock.parse((clock.result as { value?: unknown } | undefined)?.value);
      const live = tx.objectStore('claims').index('expiresAt').getAll(IDBKeyRange.lowerBound(now + offset, true));
      live.onsuccess = () => (claims = live.result as ClaimRecord[]);
    };
    const rows = tx.objectStore('seenPosts').index('seenAt').getAll(IDBKeyRange.lowerBound(queueStart(now, queueHours)));
    rows.onsuccess = () => {
      seen = rows.result as SeenPost[];
      ids = [...new Set(seen.map((p) => p.postId))];
      const store = tx.objectStore('handled');
      // Every record of one post: a range on the primary key [postId, operator] (arrays sort after strings).
      for (const id of ids) {
        const records = store.getAll(IDBKeyRange.bound([id], [id, []]));
        records.onsuccess = () => handled.push(...(records.result as HandledRecord[]));
      }
    };
    tx.oncomplete = () => {
      idb.close();
      resolve({ posts: sortQueue(seen), states: ids.length ? statesOf(ids, handled, claims, offset) : {}, policy: resolveDeadlinePolicy(activePacksOf(packs)) });
    };
    tx.onabort = () => {
      idb.close();
      reject(tx.error ?? new Error('queue read aborted'));
    };
  });
}

/**
 * Reads the queue for the window `queueHours` will give, and the reply deadline policy, from a database being opened (openAsIs):
 * undefined when the database is missing or not at the current version (a schema upgrade pending).
 */
export function readQueueFirst(opened: Promise<IDBDatabase | undefined>, now: number, queueHours: Promise<number>): Promise<FirstQueue | undefined> {
  return Promise.all([opened, queueHours]).then(
    ([idb, hours]) => {
      if (idb?.version === CURRENT_IDB_VERSION) return readQueue(idb, now, hours);
      idb?.close();
      return undefined;
    },
    async (error: unknown) => {
      (await opened)?.close();
      throw error;
    },
  );
}
