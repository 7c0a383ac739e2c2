import type { Collection, IndexableType, InsertType } from 'dexie';
import type { KizukiDatabase } from '../db/database';
import type { SightingRow } from '../db/records';
import type { Category } from '../categories';
import { teamPolicy } from '../sync/team-sync';
import { compareUrgency, deadlineOf, type DeadlinePolicy, type Keyed } from './deadlines';
import { buildInbox, type Inbox, type InboxRow } from './inbox';

// The team inbox as the panel reads it: the unhandled sightings, most urgent first, with the live
// claims. An inbox holds days of a team's sightings (20,000 posts and more), so the first screen is
// read through indexes (lib/db/migrations/v6-inbox-screen.ts) in buildInbox's exact order: overdue
// posts by deadline, then one priority at a time by deadline, skipping handled posts; only keys are
// read in full, for the counts. Should a stored deadline not match the team's policy (a pack changed
// and the stored deadlines are still being worked out again), the whole table is read instead.

export type LoadedInbox = Inbox & { names: Map<string, string> };

type Range = () => Collection<SightingRow, string, InsertType<SightingRow, 'postId'>>;

interface Walk {
  /** The rows of one stretch of the order, in index order; rows with equal index keys tie. */
  range: Range;
  /** The rows whose index key equals this row's (the rest of a tie at the screen's edge). */
  ties: (row: SightingRow) => Collection<SightingRow, string, InsertType<SightingRow, 'postId'>>;
}

/**
 * Up to `need` unhandled rows from the start of a range, plus every row tied with the last of them
 * on the index key: whatever the index order cannot tell apart is then sorted by compareUrgency.
 */
async function head(walk: Walk, need: number, handled: ReadonlySet<string>): Promise<SightingRow[]> {
  const found: SightingRow[] = [];
  let offset = 0;
  let chunk = Math.max(32, need * 2);
  let unhandled = 0;
  for (;;) {
    const batch = await walk.range().offset(offset).limit(chunk).toArray();
    offset += batch.length;
    for (const row of batch) {
      if (handled.has(row.postId)) continue;
      found.push(row);
      if (++unhandled === need) break;
    }
    if (unhandled >= need || batch.length < chunk) break;
    chunk *= 2;
  }
  if (unhandled < need || found.length === 0) return found;
  const seen = new Set(found.map((r) => r.postId));
  for (const row of await walk.ties(found[found.length - 1]!).toArray()) if (!seen.has(row.postId) && !handled.has(row.postId)) found.push(row);
  return found;
}

/** The next priority below `below` among a category's (or all) sightings, highest first; one index read. */
async function nextPriority(db: KizukiDatabase, below: number, category?: Category): Promise<number | null> {
  const next = category
    ? await db.sightings.where('[category+priority+deadline]').between([category, -Infinity, -Infinity], [category, below, -Infinity], true, false).reverse().limit(1).keys()
    : await db.sightings.where('[priority+deadline]').below([below, -Infinity]).reverse().limit(1).keys();
  const key = next[0] as IndexableType[] | undefined;
  return key ? (key[category ? 1 : 0] as number) : null;
}

const overdueWalk = (db: KizukiDatabase, now: number, category?: Category): Walk =>
  category
    ? {
        range: () => db.sightings.where('[category+deadline]').between([category, -Infinity], [category, now], true, false),
        ties: (row) => db.sightings.where('[category+deadline]').equals([category, row.deadline]),
      }
    : { range: () => db.sightings.where('deadline').below(now), ties: (row) => db.sightings.where('deadline').equals(row.deadline) };

const priorityWalk = (db: KizukiDatabase, priority: number, now: number, category?: Category): Walk =>
  category
    ? {
        range: () => db.sightings.where('[category+priority+deadline]').between([category, priority, now], [category, priority, Infinity], true, true),
        ties: (row) => db.sightings.where('[category+priority+deadline]').equals([category, priority, row.deadline]),
      }
    : {
        range: () => db.sightings.where('[priority+deadline]').between([priority, now], [priority, Infinity], true, true),
        ties: (row) => db.sightings.where('[priority+deadline]').equals([priority, row.deadline]),
      };

/** Keys only: how many unhandled posts wait, and how many of them are overdue. */
async function counts(db: KizukiDatabase, handled: ReadonlySet<string>, now: number, category?: Category) {
  const [all, late] = await Promise.all(
    category
      ? [
          db.sightings.where('[category+deadline]').between([category, -Infinity], [category, Infinity], true, true).primaryKeys(),
          db.sightings.where('[category+deadline]').between([category, -Infinity], [category, now], true, false).primaryKeys(),
        ]
      : [db.sightings.toCollection().primaryKeys(), db.sightings.where('deadline').below(now).primaryKeys()],
  );
  const unhandled = (ids: string[]) => ids.reduce((n, id) => (handled.has(id) ? n : n + 1), 0);
  return { total: unhandled(all), overdue: unhandled(late) };
}

/** The first `limit` rows by index reads, or null when a stored deadline is out of date. */
async function firstScreen(db: KizukiDatabase, handled: ReadonlySet<string>, policy: DeadlinePolicy | null, now: number, limit: number, category?: Category) {
  const picked: SightingRow[] = [];
  if (limit > 0) {
    picked.push(...(await head(overdueWalk(db, now, category), limit, handled)));
    for (let priority = await nextPriority(db, Infinity, category); priority !== null && picked.length < limit; priority = await nextPriority(db, priority, category)) {
      picked.push(...(await head(priorityWalk(db, priority, now, category), limit - picked.length, handled)));
    }
  }
  if (picked.some((row) => deadlineOf(row, policy) !== row.deadline)) return null;
  const keyed: Keyed<SightingRow>[] = picked.map((item) => ({ item, deadline: item.deadline, overdue: now > item.deadline }));
  return keyed.sort(compareUrgency).slice(0, Math.max(0, limit));
}

function rowOf({ item, deadline, overdue }: Keyed<SightingRow>, replying: Map<string, { operator: string; expiresAt: number }>): InboxRow {
  return { ...item, firstSeenBy: item.operator, replying: replying.get(item.postId) ?? null, deadline, overdue };
}

export async function loadInbox(db: KizukiDatabase, now: number, limit = 100, category?: Category): Promise<LoadedInbox> {
  const policy = await teamPolicy(db);
  const read = await db.transaction('r', db.sightings, db.handled, db.claims, async () => {
    const [handledKeys, claims] = await Promise.all([db.handled.toCollection().primaryKeys(), db.claims.where('expiresAt').above(now).toArray()]);
    const handled = new Set(handledKeys.map((k) => k[0]));
    const [screen, count] = await Promise.all([firstScreen(db, handled, policy, now, limit, category), counts(db, handled, now, category)]);
    return { screen, count, claims, handled };
  });
  if (!read.screen) return loadInboxFullScan(db, now, limit, category);
  const replying = new Map(read.claims.map((c) => [c.postId, { operator: c.operator, expiresAt: c.expiresAt }]));
  return { rows: read.screen.map((k) => rowOf(k, replying)), ...read.count, names: namesOf(read.claims) };
}

/** Every sighting read and merged in memory (buildInbox): the fallback, and the benchmark's baseline. */
export async function loadInboxFullScan(db: KizukiDatabase, now: number, limit = 100, category?: Category): Promise<LoadedInbox> {
  const policy = await teamPolicy(db);
  const [sightings, handledKeys, claims] = await db.transaction('r', db.sightings, db.handled, db.claims, () =>
    Promise.all([db.sightings.toArray(), db.handled.toCollection().primaryKeys(), db.claims.where('expiresAt').above(now).toArray()]),
  );
  const handledPostIds = new Set(handledKeys.map((k) => k[0]));
  const inbox = buildInbox({ sightings, handledPostIds, claims, policy, now, limit, category });
  return { ...inbox, names: namesOf(claims) };
}

// Claims carry the name people read (「鈴木」); sightings only the user id.
const namesOf = (claims: readonly { operator: string; operatorName: string }[]) => new Map(claims.map((c) => [c.operator, c.operatorName]));
