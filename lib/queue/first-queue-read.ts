import type { ClaimRecord, HandledRecord, SeenPost } from '../contract/records';
import { serverClock } from '../db/kv-items';
import { MIGRATIONS } from '../db/migrations';
import { statesOf } from '../handled/post-states';
import { sortQueue } from './queue-order';
import { queueStart, type Queue } from './seen-posts';

// The side panel's first read of its queue, straight from IndexedDB rather than through Dexie.
// Opening the panel, the operator waits for this read. Through Dexie it could start only after the
// panel's whole script had run (Dexie opens the database from a promise job, and the panel's first
// chunk is one module: no job runs until all of it has been evaluated), then it took four round
// trips (open, the seen posts, the handled records, the claims) and a Dexie query object per post.
// Here `indexedDB.open` is called at once, so the database opens while the script is evaluated, and
// the rows are read in one transaction: the seen posts and the server clock together, then every
// queued post's handled records and the live claims together. The records are the same ones
// getPostStates reads, turned into states by the same function (statesOf). Anything unexpected (no
// database yet, a schema upgrade pending) answers undefined: the caller reads through Dexie instead.

/** Dexie stores schema version n as IndexedDB version n × 10. */
const CURRENT_IDB_VERSION = MIGRATIONS.at(-1)!.version * 10;

/** Opens the database as it is, never creating or upgrading it; undefined when it is not at the current version. */
function openAsIs(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: creating it is Dexie's job (with its schema), so this open is called off.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const idb = request.result;
      // Never in the way of an upgrade (the worker's or this page's own Dexie).
      idb.onversionchange = () => idb.close();
      if (idb.version === CURRENT_IDB_VERSION) return resolve(idb);
      idb.close();
      resolve(undefined);
    };
  });
}

function readQueue(idb: IDBDatabase, now: number, queueHours: number): Promise<Queue> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['seenPosts', 'handled', 'claims', 'kv'], 'readonly');
    let seen: SeenPost[] = [];
    let ids: string[] = [];
    const handled: HandledRecord[] = [];
    let claims: ClaimRecord[] = [];
    let offset = 0;
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
      resolve({ posts: sortQueue(seen), states: ids.length ? statesOf(ids, handled, claims, offset) : {} });
    };
    tx.onabort = () => {
      idb.close();
      reject(tx.error ?? new Error('queue read aborted'));
    };
  });
}

/**
 * Starts reading the queue of the database `name` for the window `queueHours` will give (the
 * database opens meanwhile). Undefined when the database is missing or not at the current version.
 */
export function readQueueFirst(name: string, now: number, queueHours: Promise<number>): Promise<Queue | undefined> {
  const opened = openAsIs(name);
  return Promise.all([opened, queueHours]).then(
    ([idb, hours]) => (idb ? readQueue(idb, now, hours) : undefined),
    async (error: unknown) => {
      (await opened)?.close();
      throw error;
    },
  );
}
