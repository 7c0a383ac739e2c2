import { describe, expect, test } from 'vitest';
import { parsePack } from '../../lib/pack/validate';
import { deadlineFor, isOverdue, resolveDeadlinePolicy, sortByUrgency, sortOverdueFirstWithinCategory, type DeadlinePolicy } from '../../lib/team/deadlines';
import type { Pack } from '../../lib/pack/schema';

// Reply deadlines counted in business minutes in the team's time zone.

/** A Tokyo wall-clock time (UTC+9, no DST) as an instant. */
const jst = (month: number, day: number, hour: number, minute = 0) => Date.UTC(2026, month - 1, day, hour - 9, minute);
const tokyo = (minutes: number, extra: Partial<NonNullable<DeadlinePolicy['businessHours']>> = {}): DeadlinePolicy => ({
  replyWithinMinutes: minutes,
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Tokyo', ...extra },
});

describe('deadlineFor', () => {
  test('2026-06-01 is a Monday (the dates below rely on it)', () => {
    expect(new Date(jst(6, 1, 12)).getUTCDay()).toBe(1);
  });

  test('without business hours the clock never stops', () => {
    expect(deadlineFor(jst(6, 5, 23), { replyWithinMinutes: 1440 })).toBe(jst(6, 6, 23));
  });

  test.each([
    ['inside the hours', jst(6, 1, 10), jst(6, 1, 14)],
    ['across the night', jst(6, 1, 16), jst(6, 2, 11)],
    ['before opening', jst(6, 2, 6, 30), jst(6, 2, 13)],
    ['after closing', jst(6, 2, 20), jst(6, 3, 13)],
    ['across the weekend', jst(6, 5, 17), jst(6, 8, 12)],
    ['posted on a Saturday', jst(6, 6, 12), jst(6, 8, 13)],
    ['posted late on Sunday', jst(6, 7, 23, 59), jst(6, 8, 13)],
  ])('4 business hours, Mon–Fri 9:00–18:00 Tokyo: %s', (_what, posted, due) => {
    expect(new Date(deadlineFor(posted, tokyo(240))).toISOString()).toBe(new Date(due).toISOString());
  });

  test('24 business hours are three working days of 9 hours, less 3 hours', () => {
    expect(deadlineFor(jst(6, 1, 9), tokyo(1440))).toBe(jst(6, 3, 15));
  });

  test('listed holidays stop the clock; 0 and 7 both mean Sunday', () => {
    expect(deadlineFor(jst(6, 5, 17), tokyo(240, { holidays: ['2026-06-08'] }))).toBe(jst(6, 9, 12));
    expect(deadlineFor(jst(6, 6, 12), tokyo(60, { days: [0] }))).toBe(jst(6, 7, 10));
    expect(deadlineFor(jst(6, 6, 12), tokyo(60, { days: [7] }))).toBe(jst(6, 7, 10));
  });

  test('the time zone is the team\'s, daylight saving included (New York, 8 March 2026)', () => {
    const ny: DeadlinePolicy = { replyWithinMinutes: 60, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'America/New_York' } };
    // Friday 16:30 EST (UTC-5): 30 minutes on Friday, 30 on Monday from 9:00 EDT (UTC-4).
    const friday = Date.UTC(2026, 2, 6, 21, 30);
    expect(new Date(deadlineFor(friday, ny)).toISOString()).toBe('2026-03-09T13:30:00.000Z');
    // The same hours in Tokyo fall elsewhere in UTC: the zone is not ignored.
    expect(deadlineFor(friday, { ...ny, businessHours: { ...ny.businessHours!, timeZone: 'Asia/Tokyo' } })).not.toBe(Date.UTC(2026, 2, 9, 13, 30));
  });

  test('a window across the clock change itself is an hour shorter (Sunday 01:00–05:00, New York, 8 March 2026)', () => {
    const night: DeadlinePolicy = { replyWithinMinutes: 120, businessHours: { days: [7], start: '01:00', end: '05:00', timeZone: 'America/New_York' } };
    const posted = Date.UTC(2026, 2, 8, 5, 30); // 00:30 EST
    // Opens 01:00 EST (06:00 UTC), closes 05:00 EDT (09:00 UTC): three hours of clock time.
    expect(new Date(deadlineFor(posted, night)).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(deadlineFor(posted, { ...night, replyWithinMinutes: 200 })).toISOString()).toBe('2026-03-15T05:20:00.000Z');
  });
});

describe('isOverdue', () => {
  const post = { postId: '1', publishedAt: jst(6, 1, 10), seenAt: jst(6, 1, 11) };
  test('past the deadline, not at it; counted from publication, else from the first sighting', () => {
    const policy = tokyo(240);
    expect(isOverdue(post, policy, jst(6, 1, 14))).toBe(false);
    expect(isOverdue(post, policy, jst(6, 1, 14) + 1)).toBe(true);
    expect(isOverdue({ ...post, publishedAt: null }, policy, jst(6, 1, 14) + 1)).toBe(false);
    expect(isOverdue({ ...post, publishedAt: null }, policy, jst(6, 1, 15) + 1)).toBe(true);
    expect(isOverdue(post, null, jst(7, 1, 0))).toBe(false);
  });
});

describe('sorting', () => {
  const now = jst(6, 2, 12);
  const policy: DeadlinePolicy = { replyWithinMinutes: 60 };
  const p = (postId: string, category: 'complaint' | 'question', priority: number, hoursAgo: number) => ({
    postId, category, priority, publishedAt: now - hoursAgo * 3_600_000, seenAt: now,
  });
  const posts = [p('fresh-high', 'complaint', 90, 0.2), p('late-low', 'complaint', 20, 3), p('later-low', 'complaint', 10, 5), p('q-late', 'question', 30, 2), p('q-fresh', 'question', 80, 0.1)];

  test('overdue first (longest overdue first), then by priority', () => {
    expect(sortByUrgency(posts, policy, now).map((x) => x.postId)).toEqual(['later-low', 'late-low', 'q-late', 'fresh-high', 'q-fresh']);
  });
  test('without a deadline the queue\'s order stays: priority, then newest', () => {
    expect(sortByUrgency(posts, null, now).map((x) => x.postId)).toEqual(['fresh-high', 'q-fresh', 'q-late', 'late-low', 'later-low']);
  });
  test('grouped by category, overdue first within each', () => {
    expect(sortOverdueFirstWithinCategory(posts, policy, now).map((x) => x.postId)).toEqual(['later-low', 'late-low', 'fresh-high', 'q-late', 'q-fresh']);
  });
});

describe('the pack sets the policy', () => {
  const base = { format: 'kizuki.pack', version: 1, id: 'p', name: 'P', brands: [{ id: 'b', name: 'B', terms: ['B'] }] };
  const replyDeadline = { replyWithinMinutes: 1440, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Tokyo' } };

  test('a pack with a reply deadline is accepted and the first pack that sets one wins', () => {
    const parsed = parsePack({ ...base, replyDeadline });
    expect(parsed.ok).toBe(true);
    const packs = [base as Pack, (parsed as { pack: Pack }).pack, { ...base, replyDeadline: { replyWithinMinutes: 5 } } as Pack];
    expect(resolveDeadlinePolicy(packs)).toEqual(replyDeadline);
    expect(resolveDeadlinePolicy([base as Pack])).toBeNull();
  });

  test.each([
    ['an unknown time zone', { ...replyDeadline, businessHours: { ...replyDeadline.businessHours, timeZone: 'Mars/Olympus' } }, '$.replyDeadline.businessHours.timeZone'],
    ['closing before opening', { ...replyDeadline, businessHours: { ...replyDeadline.businessHours, start: '18:00', end: '09:00' } }, '$.replyDeadline.businessHours.end'],
    ['a time that is no time', { ...replyDeadline, businessHours: { ...replyDeadline.businessHours, start: '9時' } }, '$.replyDeadline.businessHours.start'],
    ['day 8', { ...replyDeadline, businessHours: { ...replyDeadline.businessHours, days: [8] } }, '$.replyDeadline.businessHours.days[0]'],
    ['zero minutes', { replyWithinMinutes: 0 }, '$.replyDeadline.replyWithinMinutes'],
    ['more than 30 days', { replyWithinMinutes: 43_201 }, '$.replyDeadline.replyWithinMinutes'],
  ])('refused with where and what: %s', (_what, deadline, path) => {
    const parsed = parsePack(JSON.stringify({ ...base, replyDeadline: deadline }, null, 2), { lang: 'en' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.path)).toContain(path);
      expect(parsed.errors[0]!.line).toBeGreaterThan(1);
    }
  });
});
