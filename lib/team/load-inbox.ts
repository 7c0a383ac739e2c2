import type { Collection, IndexableType, InsertType } from 'dexie';
import type { KizukiDatabase } from '../db/database';
import type { SightingRow } from '../db/records';
import type { Category } from '../categories';
import { teamPolicy } from '../sync/team-sync';
import { deadlineOf, type Keyed } from './deadlines';
import { buildInbox, type Inbox, type InboxRow } from './inbox';

// The team inbox as the panel reads it: the unhandled sightings, most urgent first, with the live
// claims. An inbox holds days of a team's sightings (20,000 posts and more), so the first screen and
// its counts are read through indexes of open posts only (lib/db/migrations/v9-inbox-keys.ts) whose
// order is compareUrgency's own: overdue posts by [deadline, rank, newest], then one priority at a
// time by [rank, deadline, newest], ties by post id as IndexedDB orders equal keys. A screen of N
// rows reads N rows and a few keys, and the counts are counted by IndexedDB, not read. Should a
// stored deadline not match the team's policy (a pack changed and the stored deadlines are still
// being worked out again), the whole table is read instead.

export type LoadedInbox = Inbox & { names: Map<string, string> };

type Rows = Collection<SightingRow, string, InsertType<SightingRow, 'postId'>>;

const OPEN = 1;
/** Above every key that follows the given prefix in an index (arrays sort after numbers and strings). */
const END: IndexableType = [];

/** The overdue open posts (deadline before now), most overdue first. */
const overdue = (db: KizukiDatabase, now: number, category?: Category): Rows =>
  category
    ? db.sightings.where('[open+category+deadline+rank+newest]').between([OPEN, category], [OPEN, category, now], true, false)
    : db.sightings.where('[open+deadline+rank+newest]').between([OPEN], [OPEN, now], true, false);

/** One priority's open posts not yet overdue, nearest deadline first. */
const ofRank = (db: KizukiDatabase, rank: number, now: number, category?: Category): Rows =>
  category
    ? db.sightings.where('[open+category+rank+deadline+newest]').between([OPEN, category, rank, now], [OPEN, category, rank, END], true, true)
    : db.sightings.where('[open+rank+deadline+newest]').between([OPEN, rank, now], [OPEN, rank, END], true, true);

/** The next rank (lower priority) after `after` among open posts, or null; one key read. */
async function nextRank(db: KizukiDatabase, after: number | null, category?: Category): Promise<number | null> {
  const from = after === null ? [] : [after, END];
  const keys = category
    ? await db.sightings.where('[open+category+rank+deadline+newest]').between([OPEN, category, ...from], [OPEN, category, END], after === null, true).limit(1).keys()
    : await db.sightings.where('[open+rank+deadline+newest]').between([OPEN, ...from], [OPEN, END], after === null, true).limit(1).keys();
  const key = keys[0] as IndexableType[] | undefined;
  return key ? (key[category ? 2 : 1] as number) : null;
}

/** The open posts not yet overdue, across priorities. */
const upcoming = (db: KizukiDatabase, now: number, category?: Category): Rows =>
  category
    ? db.sightings.where('[open+category+deadline+rank+newest]').between([OPEN, category, now], [OPEN, category, END], true, true)
    : db.sightings.where('[open+deadline+rank+newest]').between([OPEN, now], [OPEN, END], true, true);

/**
 * How many open posts wait, and how many of them are overdue: counted by IndexedDB, no key read.
 * Counting still steps through the range's entries, so the two halves are counted, not the whole twice.
 */
async function counts(db: KizukiDatabase, now: number, category?: Category) {
  const [late, rest] = await Promise.all([overdue(db, now, category).count(), upcoming(db, now, category).count()]);
  return { total: late + rest, overdue: late };
}

/** The first `limit` rows by index reads, in order. */
async function firstScreen(db: KizukiDatabase, now: number, limit: number, category?: Category): Promise<SightingRow[]> {
  const picked: SightingRow[] = [];
  if (limit <= 0) return picked;
  picked.push(...(await overdue(db, now, category).limit(limit).toArray()));
  for (let rank = await nextRank(db, null, category); rank !== null && picked.length < limit; rank = await nextRank(db, rank, category)) {
    picked.push(...(await ofRank(db, rank, now, category).limit(limit - picked.length).toArray()));
  }
  return picked;
}

/** A row as the inbox shows it: the stored index keys (lib/db/inbox-keys.ts) are not part of it. */
function shown<T extends object>(row: T): T {
  const { open: _o, rank: _r, newest: _n, ...rest } = row as T & Pick<SightingRow, 'open' | 'rank' | 'newest'>;
  return rest as T;
}

function rowOf({ item, deadline, overdue: late }: Keyed<SightingRow>, replying: Map<string, { operator: string; expiresAt: number }>): InboxRow {
  return { ...shown(item), firstSeenBy: item.operator, replying: replying.get(item.postId) ?? null, deadline, overdue: late };
}

export async function loadInbox(db: KizukiDatabase, now: number, limit = 100, category?: Category): Promise<LoadedInbox> {
  // One transaction, every read at once: the team policy is only needed to check the rows read.
  const read = await db.transaction('r', db.sightings, db.claims, db.packs, async () => {
    const [policy, screen, count, claims] = await Promise.all([
      teamPolicy(db),
      firstScreen(db, now, limit, category),
      counts(db, now, category),
      db.claims.where('expiresAt').above(now).toArray(),
    ]);
    return { policy, screen, count, claims };
  });
  if (read.screen.some((row) => deadlineOf(row, read.policy) !== row.deadline)) return loadInboxFullScan(db, now, limit, category);
  const replying = new Map(read.claims.map((c) => [c.postId, { operator: c.operator, expiresAt: c.expiresAt }]));
  const rows = read.screen.map((item) => rowOf({ item, deadline: item.deadline, overdue: now > item.deadline }, replying));
  return { rows, ...read.count, names: namesOf(read.claims) };
}

/** Every sighting read and merged in memory (buildInbox): the fallback, and the benchmark's baseline. */
export async function loadInboxFullScan(db: KizukiDatabase, now: number, limit = 100, category?: Category): Promise<LoadedInbox> {
  const policy = await teamPolicy(db);
  const [sightings, handledKeys, claims] = await db.transaction('r', db.sightings, db.handled, db.claims, () =>
    Promise.all([db.sightings.toArray(), db.handled.toCollection().primaryKeys(), db.claims.where('expiresAt').above(now).toArray()]),
  );
  const handledPostIds = new Set(handledKeys.map((k) => k[0]));
  const inbox = buildInbox({ sightings, handledPostIds, claims, policy, now, limit, category });
  return { ...inbox, rows: inbox.rows.map(shown), names: namesOf(claims) };
}

// Claims carry the name people read (「鈴木」); sightings only the user id.
const namesOf = (claims: readonly { operator: string; operatorName: string }[]) => new Map(claims.map((c) => [c.operator, c.operatorName]));
