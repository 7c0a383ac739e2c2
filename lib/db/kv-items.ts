import { z } from 'zod';
import { POST_ID_PATTERN } from '../contract/x';
import { db as defaultDb, type KizukiDatabase } from './database';
import { SERVER_CLOCK_KEY } from './kv-keys';

// The key-value table holds a few small values the side panel reads live (useLiveQuery) and the
// background writes inside its transactions. Each value is an item with a key, a zod schema and a
// fallback: a row written by an older version, or damaged, reads as the fallback instead of leaking
// an unchecked shape into the code. Nothing else touches db.kv.

export interface KvItem<T> {
  readonly key: string;
  /** A stored value (the row's `value`) checked against the item's schema; the fallback if it fails. */
  parse(value: unknown): T;
  get(database?: KizukiDatabase): Promise<T>;
  set(value: T, database?: KizukiDatabase): Promise<void>;
  /** Read-modify-write; inside a caller's transaction when it includes db.kv. */
  update(database: KizukiDatabase, change: (value: T) => T): Promise<void>;
  remove(database?: KizukiDatabase): Promise<void>;
}

export function defineKvItem<T>(key: string, schema: z.ZodType<T>, fallback: T): KvItem<T> {
  const parse = (value: unknown): T => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  const get = async (database = defaultDb): Promise<T> => parse((await database.kv.get(key))?.value);
  const set = async (value: T, database = defaultDb): Promise<void> => {
    await database.kv.put({ key, value });
  };
  return {
    key,
    parse,
    get,
    set,
    update: async (database, change) => database.transaction('rw', database.kv, async () => set(change(await get(database)), database)),
    remove: async (database = defaultDb) => database.kv.delete(key),
  };
}

/** The post the composer shows: picked in the queue, or by a chip's Reply button (via the background). */
export const selectedPost = defineKvItem(
  'selectedPost',
  // The post id's pattern, not contract/records' postIdSchema: importing that module would build all
  // of its schemas while the side panel's first screen is evaluated.
  z.object({ postId: z.string().regex(POST_ID_PATTERN), tabId: z.number().int().nullish(), at: z.number() }).nullable(),
  null,
);
export type Selection = NonNullable<Awaited<ReturnType<typeof selectedPost.get>>>;

const failureKind = z.enum(['offline', 'auth', 'forbidden', 'server', 'protocol']);

/** What the sync engine last knew, for the status badge. */
export const syncStatus = defineKvItem(
  'sync/status',
  z.object({
    state: z.enum(['off', 'up-to-date', 'pending', 'offline', 'refused']),
    pending: z.number(),
    /** Why the server refused (or failed): shown next to "refused". */
    reason: failureKind.optional(),
    detail: z.string().optional(),
    /** Epoch ms of the last exchange that succeeded. */
    lastSyncAt: z.number().optional(),
    /** Records the server refused for good, parked with the first one's reason; the rest goes on. */
    refused: z.object({ count: z.number(), reason: z.string() }).optional(),
    /** When the next automatic retry is due (a failing loop backs off); "retry now" skips the wait. */
    retryAt: z.number().optional(),
    at: z.number(),
  }),
  { state: 'off', pending: 0, at: 0 },
);

/** Server documents skipped because they did not validate, newest first. */
export const syncErrors = defineKvItem(
  'sync/errors',
  z.array(z.object({ at: z.number(), db: z.enum(['handled', 'claims']), docId: z.string(), problem: z.string() })),
  [],
);

/** `_changes` checkpoints by server origin and database. `seq` is opaque: stored as it came. */
export const checkpoints = defineKvItem('sync/checkpoints', z.record(z.string(), z.union([z.string(), z.number()])), {});

/** Server time minus local time (ms), from the Date header of the server's replies: claims expire by it. */
export const serverClock = defineKvItem(SERVER_CLOCK_KEY, z.number().finite(), 0);

/** Numeric user ids by lower-case handle, as X pages showed them (DM hand-off links). Newest last, bounded. */
export const AUTHOR_IDS_LIMIT = 500;
export const authorIds = defineKvItem('authorIds', z.record(z.string(), z.string()), {} as Record<string, string>);
/** Team packs the server sent that failed the pack checks: shown in the Packs tab; the previous version stays. */
export const teamPackErrors = defineKvItem(
  'team/packErrors',
  z.array(z.object({ packId: z.string(), packVersion: z.string(), publisher: z.string(), at: z.number(), errors: z.array(z.string()) })),
  [],
);

/**
 * Followed packs whose URL now serves something new, waiting for the operator to look at the changes
 * and apply them (`pack` was checked with parsePack when fetched and is checked again on apply), or
 * the reason the last check failed.
 */
export const packUpdates = defineKvItem(
  'packs/updates',
  z.array(
    z.object({
      packId: z.string(),
      url: z.string(),
      at: z.number(),
      pack: z.unknown().optional(),
      etag: z.string().optional(),
      lastModified: z.string().optional(),
      error: z.string().optional(),
    }),
  ),
  [],
);
export type PackUpdate = Awaited<ReturnType<typeof packUpdates.get>>[number];
