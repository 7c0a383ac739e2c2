import Dexie from 'dexie';
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
