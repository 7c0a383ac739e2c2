import { liveQuery } from 'dexie';
import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { Push } from '../contract/messages';
import { notifyTabs } from './notify-tabs';

/** Bursts (a sync pull of many records) become one push: chips re-read their state once. */
const SETTLE_MS = 100;

/**
 * Watches the handled log and claims, whoever wrote them (a click here, a teammate's record from
 * sync, an undo, a purge), and tells x.com tabs to refresh their chips. Counting keeps the query cheap
 * at 100,000 records while still observing every change to both tables. Returns a stop function.
 */
export function startHandledWatch(
  notify: (push: Push) => Promise<void> = notifyTabs,
  database: KizukiDatabase = defaultDb,
): () => void {
  let first = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = liveQuery(async () => [await database.handled.count(), await database.claims.count()]).subscribe({
    next: () => {
      if (first) return void (first = false); // the initial read is not a change
      clearTimeout(timer);
      timer = setTimeout(() => void notify({ type: 'push/state-changed', postIds: 'all' }), SETTLE_MS);
    },
    error: (error: unknown) => console.warn('kizuki: handled watch stopped', error),
  });
  return () => {
    clearTimeout(timer);
    subscription.unsubscribe();
  };
}
