import type { PostState } from '../contract/post-state';
import type { PostSummary, SeenPost } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import { getPostStates } from '../handled/post-states';
import { sortQueue } from './queue-order';

// The queue's seen posts: strangers' words, kept only while a tab that showed them is open (and
// never past the retention setting). Keyed by post id; `tabIds` lists the open tabs that showed it.

const DAY_MS = 86_400_000;

/** A tab reported brand posts: store them (seeing a post again refreshes its reading and time). */
export async function recordSeen(db: KizukiDatabase, posts: PostSummary[], tabId: number, now: number): Promise<void> {
  await db.transaction('rw', db.seenPosts, async () => {
    const before = await db.seenPosts.bulkGet(posts.map((p) => p.postId));
    const rows: SeenPost[] = posts.map((p, i) => ({ ...p, tabIds: [...new Set([...(before[i]?.tabIds ?? []), tabId])], seenAt: now }));
    await db.seenPosts.bulkPut(rows);
  });
}

/** Takes the tab off its posts; a post no open tab shows any more is deleted. */
export async function forgetTab(db: KizukiDatabase, tabId: number): Promise<void> {
  await db.transaction('rw', db.seenPosts, async () => {
    const rows = await db.seenPosts.where('tabIds').equals(tabId).toArray();
    const kept = rows.map((r) => ({ ...r, tabIds: r.tabIds.filter((id) => id !== tabId) }));
    await db.seenPosts.bulkDelete(kept.filter((r) => r.tabIds.length === 0).map((r) => r.postId));
    await db.seenPosts.bulkPut(kept.filter((r) => r.tabIds.length > 0));
  });
}

/**
 * Start-up and the daily retention run: posts of tabs that no longer exist (closed while the
 * background slept, or a previous browser session whose tab ids are being reused) and posts older
 * than the retention setting go. `openTabIds` null = a new browser session: every tab is new.
 */
export async function pruneSeen(db: KizukiDatabase, openTabIds: readonly number[] | null, retentionDays: number, now: number): Promise<number> {
  const open = new Set(openTabIds ?? []);
  const oldest = retentionDays > 0 ? now - retentionDays * DAY_MS : -Infinity;
  return db.transaction('rw', db.seenPosts, async () => {
    const rows = await db.seenPosts.toArray();
    const kept = rows.map((r) => ({ ...r, tabIds: r.tabIds.filter((id) => open.has(id)) }));
    const gone = kept.filter((r) => r.tabIds.length === 0 || r.seenAt < oldest);
    await db.seenPosts.bulkDelete(gone.map((r) => r.postId));
    await db.seenPosts.bulkPut(kept.filter((r, i) => !gone.includes(r) && r.tabIds.length !== rows[i]!.tabIds.length));
    return gone.length;
  });
}

export interface Queue {
  /** This tab's posts that nobody (any operator, synced or not) has handled, most urgent first. */
  posts: SeenPost[];
  /** Their state: live claims show as "佐藤さんが返信中". */
  states: Record<string, PostState>;
}

/** The queue of one tab, with post state read like the chips read it (getPostStates). */
export async function loadQueue(db: KizukiDatabase, tabId: number, now: number): Promise<Queue> {
  const seen = await db.seenPosts.where('tabIds').equals(tabId).toArray();
  if (seen.length === 0) return { posts: [], states: {} };
  const states = await getPostStates(db, seen.map((p) => p.postId), now);
  return { posts: sortQueue(seen.filter((p) => !states[p.postId]?.handled.length)), states };
}

/** The seen post as the message contract describes a post (without the queue's tab bookkeeping). */
export function summaryOf(post: SeenPost): PostSummary {
  const { tabIds: _tabs, seenAt: _seen, ...summary } = post;
  return summary;
}

/** When a tab last reported posts (0 if never): ranks x.com tabs when the panel is not beside one. */
export async function lastSeenAt(db: KizukiDatabase, tabId: number): Promise<number> {
  const posts = await db.seenPosts.where('tabIds').equals(tabId).toArray();
  return posts.reduce((latest, p) => Math.max(latest, p.seenAt), 0);
}
