import type { DBCore, DBCoreMutateRequest, DBCoreRangeType, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

// The team inbox pages and counts its posts from index ranges (migrations/v9-inbox-keys.ts), which
// needs three keys on each sighting that no writer should have to think about:
//   open   — 1 while nobody on the team has handled the post, 0 after;
//   rank   — minus the priority, so an ascending index lists the highest priority first;
//   newest — minus when the post's clock started, so an ascending index lists the newest first.
// Handled records are written in many places (marking, undo, the outbox, pulls, retention), so the
// keys are kept here, below all of them: every read-write transaction on either table also holds the
// other, a written sighting gets its keys worked out, and each write to the handled table works out
// `open` again, in the same transaction, for the posts it touched. Nothing is taken from the writer.

const HANDLED = 'handled';
const SIGHTINGS = 'sightings';

interface Keyed {
  postId: string;
  priority: number;
  publishedAt: number | null;
  seenAt: number;
  open?: 0 | 1;
  rank?: number;
  newest?: number;
}

/** The index keys of a sighting, given whether its post is still open. */
export function inboxKeysOf<T extends Keyed>(row: T, open: boolean): T & Required<Pick<Keyed, 'open' | 'rank' | 'newest'>> {
  return { ...row, open: open ? 1 : 0, rank: -row.priority, newest: -(row.publishedAt ?? row.seenAt) };
}

/** False in the old steps of an upgrade, before the sightings table exists. */
function holds(trans: DBCoreTransaction, store: string): boolean {
  const names = (trans as unknown as Partial<IDBTransaction>).objectStoreNames;
  return !names || names.contains(store);
}

/** Below this many posts, one count per post; above, one read of the handled keys they span. */
const FEW = 16;

/**
 * Which of these posts have a handled record (keyed [postId, operator]). A pull or a deadline refresh
 * writes thousands of sightings at once: one key read across their ids costs far less than a
 * request per post.
 */
async function handledAmong(handled: DBCoreTable, trans: DBCoreTransaction, postIds: readonly string[]): Promise<Set<string>> {
  const range = (lower: string, upper: string) => ({ type: 2 as DBCoreRangeType, lower: [lower], upper: [upper, []], lowerOpen: false, upperOpen: false });
  const index = handled.schema.primaryKey;
  if (postIds.length <= FEW) {
    const counts = await Promise.all(postIds.map((id) => handled.count({ trans, query: { index, range: range(id, id) } })));
    return new Set(postIds.filter((_id, i) => counts[i]! > 0));
  }
  const sorted = [...postIds].sort();
  const keys = await handled.query({ trans, values: false, query: { index, range: range(sorted[0]!, sorted[sorted.length - 1]!) } });
  const wanted = new Set(postIds);
  return new Set(keys.result.map((k: [string, string]) => k[0]).filter((id: string) => wanted.has(id)));
}

/** After a write to the handled table: the touched posts' sightings get `open` again. */
async function reopen(down: DBCore, trans: DBCoreTransaction, postIds: readonly string[]): Promise<void> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return;
  const sightings = down.table(SIGHTINGS);
  const handled = down.table(HANDLED);
  const [rows, done] = await Promise.all([sightings.getMany({ trans, keys: ids }) as Promise<(Keyed | undefined)[]>, handledAmong(handled, trans, ids)]);
  const changed = rows.map((row) => {
    if (!row) return null;
    const next = inboxKeysOf(row, !done.has(row.postId));
    return next.open === row.open && next.rank === row.rank && next.newest === row.newest ? null : next;
  });
  const values = changed.filter((row) => row !== null);
  if (values.length > 0) await sightings.mutate({ type: 'put', trans, values });
}

/** The posts a write to the handled table touches (a range delete is read before it runs). */
async function touchedPosts(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'add' || req.type === 'put') return req.values.map((v: { postId: string }) => v.postId);
  if (req.type === 'delete') return req.keys.map((k: [string, string]) => k[0]);
  const keys = await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } });
  return keys.result.map((k: [string, string]) => k[0]);
}

function handledTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      if (!holds(req.trans, SIGHTINGS)) return table.mutate(req);
      const before = req.type === 'deleteRange' ? await touchedPosts(table, req) : null;
      const res = await table.mutate(req);
      await reopen(down, req.trans, before ?? (await touchedPosts(table, req)));
      return res;
    },
  };
}

function sightingsTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      if ((req.type !== 'add' && req.type !== 'put') || req.values.length === 0 || !holds(req.trans, HANDLED)) return table.mutate(req);
      const done = await handledAmong(down.table(HANDLED), req.trans, req.values.map((v: Keyed) => v.postId));
      const values = req.values.map((v: Keyed) => inboxKeysOf(v, !done.has(v.postId)));
      return table.mutate({ ...req, values });
    },
  };
}

export const inboxKeys: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'inbox-keys',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const linked = mode === 'readwrite' && (stores.includes(HANDLED) || stores.includes(SIGHTINGS)) && down.schema.tables.some((t) => t.name === SIGHTINGS);
      return down.transaction(linked ? [...new Set([...stores, HANDLED, SIGHTINGS])] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      return name === HANDLED ? handledTable(down, table) : name === SIGHTINGS ? sightingsTable(down, table) : table;
    },
  }),
};
