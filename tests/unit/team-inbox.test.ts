import { describe, expect, test } from 'vitest';
import { sortByUrgency, type DeadlinePolicy } from '../../lib/team/deadlines';
import { buildInbox, type Sighting } from '../../lib/team/inbox';

// The team inbox: sightings + handled records + claims → unhandled posts, most urgent first.

const NOW = 1_780_000_000_000;
const H = 3_600_000;
const sighting = (postId: string, operator: string, over: Partial<Sighting> = {}): Sighting => ({
  postId, operator, seenAt: NOW - H, url: `https://x.com/c/status/${postId}`, authorHandle: 'c', displayName: 'C', text: `post ${postId}`,
  lang: 'ja', publishedAt: NOW - 2 * H, category: 'complaint', priority: 50, brands: ['midori'], ...over,
});
const policy: DeadlinePolicy = { replyWithinMinutes: 180 };

describe('buildInbox', () => {
  const sightings = [
    sighting('1', 'sato', { priority: 90, publishedAt: NOW - 10 * 60_000 }),
    sighting('2', 'suzuki', { priority: 20, publishedAt: NOW - 5 * H }), // overdue
    sighting('3', 'sato', { priority: 95 }), // handled
    sighting('4', 'tanaka', { priority: 60, category: 'question' }),
    sighting('5', 'suzuki', { priority: 40, publishedAt: null, seenAt: NOW - 4 * H }), // overdue, from its sighting
  ];
  const base = { sightings, handledPostIds: new Set(['3']), policy, now: NOW, limit: 50 };

  test('unhandled posts only, overdue first, then by priority; who saw each first; counts', () => {
    const inbox = buildInbox({ ...base, claims: [] });
    expect(inbox.rows.map((r) => r.postId)).toEqual(['2', '5', '1', '4']);
    expect(inbox.rows.map((r) => r.firstSeenBy)).toEqual(['suzuki', 'suzuki', 'sato', 'tanaka']);
    expect(inbox.rows.map((r) => r.overdue)).toEqual([true, true, false, false]);
    expect(inbox.rows[2]!.deadline).toBe(NOW - 10 * 60_000 + 3 * H);
    expect(inbox).toMatchObject({ total: 4, overdue: 2 });
  });

  test('who is replying now: live claims only', () => {
    const claims = [{ postId: '1', operator: 'suzuki', expiresAt: NOW + 60_000 }, { postId: '4', operator: 'sato', expiresAt: NOW - 1 }];
    const rows = buildInbox({ ...base, claims }).rows;
    expect(rows.find((r) => r.postId === '1')?.replying).toEqual({ operator: 'suzuki', expiresAt: NOW + 60_000 });
    expect(rows.find((r) => r.postId === '4')?.replying).toBeNull();
  });

  test('a screen of rows, a category, and the earlier of two sightings of one post', () => {
    expect(buildInbox({ ...base, claims: [], limit: 2 }).rows.map((r) => r.postId)).toEqual(['2', '5']);
    expect(buildInbox({ ...base, claims: [], limit: 2 }).total).toBe(4);
    expect(buildInbox({ ...base, claims: [], category: 'question' }).rows.map((r) => r.postId)).toEqual(['4']);
    const twice = buildInbox({ ...base, claims: [], sightings: [...sightings, sighting('4', 'sato', { seenAt: NOW - 3 * H, category: 'question', priority: 60 })] });
    expect(twice.rows.find((r) => r.postId === '4')?.firstSeenBy).toBe('sato');
    expect(twice.total).toBe(4);
  });

  test('the first screen is exactly the head of the fully sorted inbox (random inboxes)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 20; round++) {
      const many = Array.from({ length: 500 }, (_, i) =>
        sighting(String(10_000 + i), 'sato', { priority: Math.floor(rand() * 100), publishedAt: rand() < 0.1 ? null : NOW - Math.floor(rand() * 10 * H), seenAt: NOW - Math.floor(rand() * 5 * H) }),
      );
      const handled = new Set(many.filter(() => rand() < 0.3).map((s) => s.postId));
      const inbox = buildInbox({ sightings: many, handledPostIds: handled, claims: [], policy, now: NOW, limit: 50 });
      const expected = sortByUrgency(many.filter((s) => !handled.has(s.postId)), policy, NOW).slice(0, 50);
      expect(inbox.rows.map((r) => r.postId)).toEqual(expected.map((s) => s.postId));
    }
  });
});
