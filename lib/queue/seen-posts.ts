import type { PostState } from '../contract/post-state';
import type { PostSummary, SeenPost } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import { getPostStates } from '../handled/post-states';
import { sortQueue } from './queue-order';
import { DEFAULT_QUEUE_HOURS, queueStart } from './queue-window';

// The queue's seen posts: brand posts the operator saw in any x.com tab, kept for the queue's window
// of hours (a setting) whatever happens to the tab — reloads, closed tabs, a browser restart — and
// never past the retention setting. Keyed by post id; `seenAt` is the last sighting.

const DAY_MS = 86_400_000;
export { DEFAULT_QUEUE_HOURS, queueStart } from './queue-window';

/** The rows a tab's report of brand posts stores (seeing a post again refreshes its reading and time). */
export function seenRows(posts: PostSummary[], tabId: number | undefined, now: number): SeenPost[] {
  return posts.map((p) => ({ ...p, ...(tabId === undefined ? {} : { tabId }), seenAt: now }));
}

export async function storeSeen(db: KizukiDatabase, rows: SeenPost[]): Promise<void> {
  await db.seenPosts.bulkPut(rows);
}

/** A tab reported brand posts: store them. */
export async function recordSeen(db: KizukiDatabase, posts: PostSummary[], tabId: number | undefined, now: number): Promise<void> {
  await storeSeen(db, seenRows(posts, tabId, now));
}

/**
 * The daily retention run (and start-up): posts seen before the queue's window, or before the
 * retention setting if that is shorter, go. One range delete on the `seenAt` index.
 */
export async function pruneSeen(db: KizukiDatabase, queueHours: number, retentionDays: number, now: number): Promise<number> {
  const byRetention = retentionDays > 0 ? now - retentionDays * DAY_MS : -Infinity;
  return db.seenPosts.where('seenAt').below(Math.max(queueStart(now, queueHours), byRetention)).delete();
}

export interface Queue {
  /** Posts seen in the window, most urgent first, handled ones included (the view filters them). */
  posts: SeenPost[];
  /** Their state (getPostStates): who handled them; live claims show as "佐藤さんが返信中". */
  states: Record<string, PostState>;
}

/** Handled by anyone (any operator, synced or not): such a post has left the queue. */
export const isHandled = (states: Record<string, PostState>, postId: string) => (states[postId]?.handled.length ?? 0) > 0;

/** The whole queue, read once (the panel then merges changes in: lib/queue/queue-model.ts). */
export async function loadQueue(db: KizukiDatabase, now: number, queueHours = DEFAULT_QUEUE_HOURS): Promise<Queue> {
  const seen = await db.seenPosts.where('seenAt').aboveOrEqual(queueStart(now, queueHours)).toArray();
  if (seen.length === 0) return { posts: [], states: {} };
  const states = await getPostStates(db, seen.map((p) => p.postId), now);
  return { posts: sortQueue(seen), states };
}

/** The seen post as the message contract describes a post (without the queue's bookkeeping). */
export function summaryOf(post: SeenPost): PostSummary {
  const { tabId: _tab, seenAt: _seen, ...summary } = post;
  return summary;
}
