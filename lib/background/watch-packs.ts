import { liveQuery } from 'dexie';
import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { Push } from '../contract/messages';
import { notifyTabs } from './notify-tabs';

/**
 * Tells x.com tabs when the packs change (import, enable, reorder, remove, a team pack fetched), so
 * every open timeline is re-read with the new terms without a reload. Returns a stop function.
 */
export function startPacksWatch(
  notify: (push: Push) => Promise<void> = notifyTabs,
  database: KizukiDatabase = defaultDb,
): () => void {
  let last: string | null = null;
  const subscription = liveQuery(() =>
    database.packs.toArray().then((packs) => packs.map((p) => `${p.id}:${p.order}:${p.enabled}:${p.importedAt}`).join('|')),
  ).subscribe({
    next: (key) => {
      // The initial read is not a change, and a write that left the packs as they were is not either.
      const changed = last !== null && key !== last;
      last = key;
      if (changed) void notify({ type: 'push/spec-changed' });
    },
    error: (error: unknown) => console.warn('kizuki: packs watch stopped', error),
  });
  return () => subscription.unsubscribe();
}
