import { CATEGORIES, type Category } from '../categories';
import type { SeenPost } from '../contract/records';

/** Most urgent first; among equally urgent posts the newest first (unknown publication: when seen). */
export function sortQueue(posts: SeenPost[]): SeenPost[] {
  const when = (p: SeenPost) => p.publishedAt ?? p.seenAt;
  return [...posts].sort((a, b) => b.priority - a.priority || when(b) - when(a) || a.postId.localeCompare(b.postId));
}

/** How many posts each category holds, every category listed (zero included) in the UI's order. */
export function countByCategory(posts: SeenPost[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const p of posts) counts[p.category] += 1;
  return counts;
}
