import type { KizukiDatabase } from '../db/database';
import type { Category } from '../categories';
import { teamPolicy } from '../sync/team-sync';
import { buildInbox, type Inbox } from './inbox';

// The team inbox as the panel reads it: the stored sightings merged with the handled log and the live
// claims (lib/team/inbox.ts buildInbox), in one read-only transaction.

export async function loadInbox(db: KizukiDatabase, now: number, limit = 100, category?: Category): Promise<Inbox & { names: Map<string, string> }> {
  const policy = await teamPolicy(db);
  const [sightings, handledKeys, claims] = await db.transaction('r', db.sightings, db.handled, db.claims, () =>
    Promise.all([db.sightings.toArray(), db.handled.toCollection().primaryKeys(), db.claims.where('expiresAt').above(now).toArray()]),
  );
  const handledPostIds = new Set(handledKeys.map((k) => k[0]));
  const inbox = buildInbox({ sightings, handledPostIds, claims, policy, now, limit, category });
  // Claims carry the name people read (「鈴木」); sightings only the user id.
  const names = new Map(claims.map((c) => [c.operator, c.operatorName]));
  return { ...inbox, names };
}
