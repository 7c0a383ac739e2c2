// No imports, on purpose: the side panel's entry imports this module first so that the bundle
// evaluates it before anything else (components/queue/queue-read-at-load.ts).

/** The extension's one database (lib/db/database.ts). */
export const DATABASE_NAME = 'kizuki';

/**
 * Opens a database as it is, never creating or upgrading it (creating it, with its schema, is
 * Dexie's job): undefined when there is no such database. The connection closes itself when another
 * one asks for a version change, so it never stands in the way of an upgrade.
 */
export function openAsIs(name: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onsuccess = () => {
      const idb = request.result;
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
  });
}
