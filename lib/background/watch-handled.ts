import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { Push } from '../contract/messages';
import { notifyTabs } from './notify-tabs';
import { onTablesChanged } from '../db/on-tables-changed';

/** Bursts (a sync pull of many records) become one push: chips re-read their state once. */
const SETTLE_MS = 100;

/**
 * Watches the handled log and claims, whoever wrote them (a click here, a teammate's record from
 * sync, an undo, a purge), and tells x.com tabs to refresh their chips. Returns a stop function.
 */
export function startHandledWatch(
  notify: (push: Push) => Promise<void> = notifyTabs,
  database: KizukiDatabase = defaultDb,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onTablesChanged(database, ['handled', 'claims'], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void notify({ type: 'push/state-changed', postIds: 'all' }), SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
