import { CATEGORIES, type Category } from '../categories';
import type { SeenPost } from '../contract/records';

const when = (p: SeenPost) => p.publishedAt ?? p.seenAt;

/** Most urgent first; among equally urgent posts the newest first (unknown publication: when seen); then by id, so no two posts tie. */
function compareQueue(a: SeenPost, b: SeenPost): number {
  return b.priority - a.priority || when(b) - when(a) || (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0);
}

export function sortQueue(posts: SeenPost[]): SeenPost[] {
  return [...posts].sort(compareQueue);
}

/** Where `post` belongs in a list sorted by compareQueue (binary search: a merge costs log n comparisons). */
export function queueIndexOf(sorted: readonly SeenPost[], post: SeenPost): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareQueue(sorted[mid]!, post) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many posts each category holds, every category listed (zero included) in the UI's order. */
export function countByCategory(posts: SeenPost[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const p of posts) counts[p.category] += 1;
  return counts;
}
