import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { Push } from '../contract/messages';
import { notifyTabs } from './notify-tabs';
import { onTablesChanged } from '../db/on-tables-changed';
import { teamPolicy } from '../sync/team-sync';
import { deadlineOf } from '../team/deadlines';
import { refreshDeadlines } from '../team/team-store';

/**
 * The stored reply deadlines follow the packs' policy: a local pack enabled or edited changes it as
 * a team pack does (the team pull refreshes for those itself; a sample tells whether it already has),
 * and the team inbox reads its first screen by the stored deadline.
 */
async function keepDeadlines(database: KizukiDatabase): Promise<void> {
  const policy = await teamPolicy(database);
  const sample = await database.sightings.limit(20).toArray();
  if (sample.some((row) => deadlineOf(row, policy) !== row.deadline)) await refreshDeadlines(database, policy);
}

const keyOf = (database: KizukiDatabase) =>
  database.packs.toArray().then((packs) => packs.map((p) => `${p.id}:${p.order}:${p.enabled}:${p.importedAt}`).join('|'));

/**
 * Tells x.com tabs when the packs change (import, enable, reorder, remove, a team pack fetched), so
 * every open timeline is re-read with the new terms without a reload, and keeps the stored reply
 * deadlines in step. Returns a stop function.
 */
export function startPacksWatch(
  notify: (push: Push) => Promise<void> = notifyTabs,
  database: KizukiDatabase = defaultDb,
): () => void {
  let last: Promise<string | null> = keyOf(database).catch(() => null);
  const stop = onTablesChanged(database, ['packs'], () => {
    // Chained, so two writes in a row compare in order; a write that left the packs as they were is not a change.
    last = last.then(async (before) => {
      const key = await keyOf(database);
      if (before !== null && key !== before) {
        void notify({ type: 'push/spec-changed' });
        await keepDeadlines(database);
      }
      return key;
    }).catch((error: unknown) => (console.warn('kizuki: packs watch failed', error), null));
  });
  return stop;
}
