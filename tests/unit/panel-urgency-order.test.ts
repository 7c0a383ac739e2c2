import { describe, expect, it } from 'vitest';
import type { SeenPost } from '@/lib/contract/records';
import { QueueModel } from '@/lib/queue/queue-model';
import { UrgencyOrder } from '@/lib/queue/urgency-order';
import { isOverdue, sortByUrgency, type DeadlinePolicy } from '@/lib/team/deadlines';

// The panel keeps its urgency order from batch to batch instead of sorting the queue again: it must
// show exactly what a full sort shows — the same order, the same posts marked overdue.

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 3, 3); // a Wednesday, 12:00 in Tokyo
const CATS = ['complaint', 'question', 'request', 'praise', 'other'] as const;

function seen(postId: string, over: Partial<SeenPost>): SeenPost {
  return {
    postId, tabId: 1, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機', lang: 'ja',
    publishedAt: null, category: 'other', priority: 10, brands: ['midori'], matches: [], seenAt: NOW, ...over,
  };
}

const POLICIES: [string, DeadlinePolicy | null][] = [
  ['no deadline', null],
  ['4 hours', { replyWithinMinutes: 240 }],
  ['4 business hours in Tokyo', { replyWithinMinutes: 240, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Tokyo' } }],
];

describe('the panel’s urgency order, kept from batch to batch', () => {
  it.each(POLICIES)('matches a full sort after every batch, tick and filter (%s)', (_name, policy) => {
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const model = new QueueModel();
    const order = new UrgencyOrder<SeenPost>();
    let now = NOW;
    for (let batch = 0; batch < 120; batch++) {
      // Posts published up to 10 hours ago (some overdue), some without a publication time; some seen again; now and then many at once.
      const size = batch % 40 === 39 ? 100 : 1 + rand(6);
      model.merge(
        Array.from({ length: size }, () =>
          seen(String(rand(400)), { priority: [10, 50, 90][rand(3)]!, category: CATS[rand(5)]!, publishedAt: rand(5) ? now - rand(10 * HOUR) : null, seenAt: now - rand(HOUR) }),
        ),
        {},
      );
      if (batch % 15 === 14) now += 15_000 * (1 + rand(400)); // the panel's clock ticks
      const category = batch % 30 < 25 ? null : CATS[rand(5)]!;
      const posts = category ? model.posts.filter((p) => p.category === category) : model.posts;
      const shown = order.order(posts, policy, now);
      expect(shown.map((p) => p.postId)).toEqual(sortByUrgency(posts, policy, now).map((p) => p.postId));
      expect([...order.overdue()].sort()).toEqual(posts.filter((p) => isOverdue(p, policy, now)).map((p) => p.postId).sort());
    }
    if (policy) expect(order.overdue().size).toBeGreaterThan(0);
  });

  it('uses the queue’s own list when no deadline is set (nothing to sort)', () => {
    const posts = [seen('b', { priority: 90 }), seen('a', { priority: 10 })];
    expect(new UrgencyOrder<SeenPost>().order(posts, null, NOW)).toBe(posts);
  });

  it('follows a new policy: posts become overdue or stop being so', () => {
    const order = new UrgencyOrder<SeenPost>();
    const posts = [seen('fresh', { priority: 90, publishedAt: NOW - HOUR }), seen('old', { priority: 10, publishedAt: NOW - 5 * HOUR })];
    expect(order.order(posts, { replyWithinMinutes: 240 }, NOW).map((p) => p.postId)).toEqual(['old', 'fresh']);
    expect([...order.overdue()]).toEqual(['old']);
    expect(order.order(posts, { replyWithinMinutes: 600 }, NOW).map((p) => p.postId)).toEqual(['fresh', 'old']);
    expect(order.overdue().size).toBe(0);
  });
});
