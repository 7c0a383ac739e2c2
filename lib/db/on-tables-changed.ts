import Dexie from 'dexie';
import { keptRead } from '../kept-read';
import type { KizukiDatabase } from './database';

/**
 * Calls `listener` after every committed write to one of `tables` of `database` — made in this
 * context or, through Dexie's cross-context broadcast, in another (the worker, the side panel). Unlike a liveQuery kept
 * open for hours, nothing is recorded between calls: a shift of writes to other tables (the seen
 * posts, thousands per hour) costs this watch a prefix check per write and no memory.
 * The listener gets the write's parts (which keys of which tables and indexes it touched).
 * Returns a stop function.
 */
export function onTablesChanged(database: KizukiDatabase, tables: readonly string[], listener: (parts: Record<string, unknown>) => void): () => void {
  const prefixes = tables.map((table) => `idb://${database.name}/${table}/`);
  const handler = (parts: Record<string, unknown>) => {
    for (const part of Object.keys(parts)) {
      if (prefixes.some((prefix) => part.startsWith(prefix))) return listener(parts);
    }
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}

/**
 * `read` of a database, kept per database until a write to one of `tables` (`keptRead`): for what
 * the worker asks at every report and that changes only when those tables do.
 */
export function keptUntilWritten<T>(tables: readonly string[], read: (database: KizukiDatabase) => Promise<T>): (database: KizukiDatabase) => Promise<T> {
  const perDatabase = new WeakMap<KizukiDatabase, () => Promise<T>>();
  return (database) => {
    let get = perDatabase.get(database);
    if (!get) {
      const kept = keptRead(() => read(database));
      onTablesChanged(database, tables, kept.forget);
      perDatabase.set(database, (get = kept.get));
    }
    return get();
  };
}
