import type { KizukiDatabase } from '../db/database';

const DAY_MS = 86_400_000;

/** Deletes handled records older than `days` days; returns how many went. 0 or less keeps everything. */
export async function purgeOlderThan(db: KizukiDatabase, days: number, now: number): Promise<number> {
  if (!(days > 0)) return 0;
  return db.handled.where('handledAt').below(now - days * DAY_MS).delete();
}

/**
 * "Delete all my data": everything this device keeps about posts and people — the log, the queue,
 * claims, the unsent outbox and sync checkpoints. Packs (the team's shared content) and settings stay.
 */
export async function deleteAllData(db: KizukiDatabase): Promise<void> {
  await db.transaction('rw', [db.handled, db.claims, db.seenPosts, db.outbox, db.kv, db.sightings, db.rounds], async () => {
    await Promise.all([db.handled.clear(), db.claims.clear(), db.seenPosts.clear(), db.outbox.clear(), db.kv.clear(), db.sightings.clear(), db.rounds.clear()]);
  });
}
