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

/** The first place in `sorted` (ordered by `compare`) where `item` may stand: a binary search, log n comparisons. */
export function sortedIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `post` belongs in a list sorted by compareQueue (a merge costs log n comparisons). */
export const queueIndexOf = (sorted: readonly SeenPost[], post: SeenPost): number => sortedIndex(sorted, post, compareQueue);

/** How many posts each category holds, every category listed (zero included) in the UI's order. */
export function countByCategory(posts: SeenPost[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const p of posts) counts[p.category] += 1;
  return counts;
}
