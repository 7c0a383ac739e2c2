import type { Category } from '../categories';
import type { PriorityRules } from './priority-rules';
import type { PostInput } from './types';

// Priority 0–100 sorts the queue; the formula is documented for leads in docs/classification.md, its
// figures are in priority-rules.ts (they travel in the spec, so the content script holds only the formula).
//   reach: replies, reposts and likes, logarithmic; age: fresh posts can still be answered in the moment.
// Equal priorities are ordered by recency (the queue's sortQueue, lib/queue/queue-order.ts).

const HOUR = 3_600_000;

export interface PriorityInput {
  category: Category;
  /** Summed signal weight of the chosen category. */
  strength: number;
  /** Urgency words that were not negated (返金, 発火, 漏洩, 詐欺 …). */
  urgent: number;
  /** Complaint severity tier of the strongest trouble signal, 0 when not a complaint. */
  tier: number;
  /** The post mentions or replies to one of the brand's own accounts. */
  addressed: boolean;
}

/** A fresh post can still be answered in the moment; a days-old one has usually moved on. */
export function ageBonus(post: PostInput): number {
  if (post.publishedAt === undefined) return 0;
  const hours = ((post.now ?? Date.now()) - post.publishedAt) / HOUR;
  if (hours < 1) return 6;
  if (hours < 6) return 3;
  if (hours < 72) return 0;
  return -8;
}

/** Reach: many people see a post that is replied to, reposted and liked. Logarithmic, capped at 8. */
export function reachBonus(post: PostInput): number {
  const c = post.counts;
  if (!c) return 0;
  const reach = (c.replies ?? 0) * 2 + (c.reposts ?? 0) * 3 + (c.likes ?? 0);
  return Math.min(8, Math.round(2 * Math.log10(1 + reach)));
}

function severity(p: PriorityInput, rules: PriorityRules): number {
  if (p.category !== 'complaint') return 0;
  const points = p.urgent > 0 ? rules.critical + 4 * Math.min(2, p.urgent - 1) : rules.severity[Math.min(3, p.tier)]!;
  return points + Math.min(4, Math.max(0, (p.strength - 2) * 2));
}

export function computePriority(p: PriorityInput, post: PostInput, rules: PriorityRules): number {
  const band = rules.bands[p.category];
  const raw = band.base + severity(p, rules) + (p.urgent > 0 && p.category !== 'complaint' ? band.urgent : 0) +
    (p.addressed ? band.addressed : 0) + reachBonus(post) + ageBonus(post);
  return Math.max(band.min, Math.min(band.max, Math.round(raw)));
}
