import type { Category } from '../categories';
import type { PostInput } from './types';

// Priority 0–100: what kind of post it is sets the base; urgency words, freshness and reach move it.
const BASE: Record<Category, number> = { complaint: 45, request: 30, question: 30, praise: 10, other: 5 };
const HOUR = 3_600_000;

function urgencyBonus(urgentCount: number): number {
  return urgentCount === 0 ? 0 : Math.min(40, 25 + 10 * (urgentCount - 1));
}

/** A fresh post can still be answered in the moment; a days-old one has usually moved on. */
function ageBonus(post: PostInput): number {
  if (post.publishedAt === undefined) return 0;
  const hours = ((post.now ?? Date.now()) - post.publishedAt) / HOUR;
  if (hours < 1) return 10;
  if (hours < 6) return 5;
  if (hours < 72) return 0;
  return -10;
}

/** Reach: many people see a post that is replied to, reposted and liked. Logarithmic, capped. */
function engagementBonus(post: PostInput): number {
  const c = post.counts;
  if (!c) return 0;
  const reach = (c.replies ?? 0) * 2 + (c.reposts ?? 0) * 3 + (c.likes ?? 0);
  return Math.min(15, Math.round(5 * Math.log10(1 + reach)));
}

export function computePriority(category: Category, strength: number, urgentCount: number, post: PostInput): number {
  const intensity = category === 'complaint' ? Math.min(10, Math.max(0, (strength - 2) * 5)) : 0;
  const raw = BASE[category] + intensity + urgencyBonus(urgentCount) + ageBonus(post) + engagementBonus(post);
  return Math.max(0, Math.min(100, Math.round(raw)));
}
