import type { SeenPost } from '../contract/records';
import type { StoredPack } from '../db/records';
import { requestHandled, requestLiveClaims, type StateRows } from '../handled/state-requests';
import { queueStart } from './queue-window';

// The side panel's first read of its queue, straight from IndexedDB: the records only, in one read
// transaction (the seen posts, the server clock's row and the packs together, then every queued
// post's handled records and the live claims together). Only type imports and the queue window: the
// page's small first script (entrypoints/sidepanel-open) runs this while the main chunk is still
// arriving. The main chunk turns the records into the queue (first-queue-read.ts).

/**
 * The schema version the records are read at (Dexie stores version n as IndexedDB version n × 10).
 * A unit test keeps it equal to the newest migration's (lib/db/migrations): at any other version
 * (an upgrade pending) this read leaves the database to Dexie.
 */
export const FIRST_READ_SCHEMA_VERSION = 9;

export interface QueueRows extends StateRows {
  now: number;
  seen: SeenPost[];
  packs: StoredPack[];
}

function readRows(idb: IDBDatabase, now: number, queueHours: number): Promise<QueueRows> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = idb.transaction(['seenPosts', 'handled', 'claims', 'kv', 'packs'], 'readonly');
    } catch (error) {
      idb.close();
      throw error;
    }
    const rows: QueueRows = { now, seen: [], handled: [], claims: [], clock: undefined, packs: [] };
    const packs = tx.objectStore('packs').index('order').getAll();
    packs.onsuccess = () => (rows.packs = packs.result as StoredPack[]);
    requestLiveClaims(tx, now, rows);
    const seen = tx.objectStore('seenPosts').index('seenAt').getAll(IDBKeyRange.lowerBound(queueStart(now, queueHours)));
    seen.onsuccess = () => {
      rows.seen = seen.result as SeenPost[];
      requestHandled(tx, new Set(rows.seen.map((p) => p.postId)), rows);
    };
    tx.oncomplete = () => {
      idb.close();
      resolve(rows);
    };
    tx.onabort = () => {
      idb.close();
      reject(tx.error ?? new Error('queue read aborted'));
    };
  });
}

/**
 * Reads the queue's records for the window `queueHours` will give from a database being opened
 * (openAsIs): undefined when the database is missing or not at FIRST_READ_SCHEMA_VERSION.
 */
export function readQueueRows(opened: Promise<IDBDatabase | undefined>, now: number, queueHours: Promise<number>): Promise<QueueRows | undefined> {
  return Promise.all([opened, queueHours]).then(
    ([idb, hours]) => {
      if (idb?.version === FIRST_READ_SCHEMA_VERSION * 10) return readRows(idb, now, hours);
      idb?.close();
      return undefined;
    },
    async (error: unknown) => {
      (await opened)?.close();
      throw error;
    },
  );
}
