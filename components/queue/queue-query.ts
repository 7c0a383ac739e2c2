import { db } from '@/lib/db/database';
import type { SeenPost } from '@/lib/db/records';
import { sortQueue } from './queue-order';

/**
 * The queue of one tab: the posts seen there that nobody (any operator, synced or not) has handled,
 * sorted. Handled state is read with one bulk query for all posts, never one query per post.
 */
export async function loadQueue(tabId: number): Promise<SeenPost[]> {
  const seen = await db.seen.where('tabId').equals(tabId).toArray();
  if (seen.length === 0) return [];
  const handled = await db.handled.where('postId').anyOf(seen.map((p) => p.postId)).toArray();
  const handledIds = new Set(handled.map((h) => h.postId));
  return sortQueue(seen.filter((p) => !handledIds.has(p.postId)));
}

/** Teammates' live claims on these posts ("佐藤さんが返信中"), by post id. */
export async function loadClaims(postIds: string[], now: number): Promise<Map<string, string>> {
  const claims = await db.claims.where('postId').anyOf(postIds).toArray();
  return new Map(claims.filter((c) => c.expiresAt > now).map((c) => [c.postId, c.operator]));
}
