import { describe, expect, test } from 'vitest';
import { savedSearches } from '../../lib/pack/searches';
import { parsePack } from '../../lib/pack/validate';
import type { Pack } from '../../lib/pack/schema';
import { parseTeamDoc, type RoundDoc } from '../../lib/sync/team-docs';
import { dueAt, isDue, lastVisits, roundDoc, searchKey } from '../../lib/team/search-rounds';

// Search rounds: who last opened each saved search, and which are due.

const MIN = 60_000;
const T = 1_780_000_000_000;

describe('searchKey', () => {
  test('the same for queries X reads alike, different for different searches, and fit for a document id', () => {
    expect(searchKey('ACME  遅い -filter:retweets')).toBe(searchKey(' acme 遅い -filter:retweets'));
    expect(searchKey('ＡＣＭＥ 遅い')).toBe(searchKey('acme 遅い'));
    expect(searchKey('acme 遅い')).not.toBe(searchKey('acme 速い'));
    const keys = new Set(Array.from({ length: 2000 }, (_, i) => searchKey(`ミドリ電機 query ${i}`)));
    expect(keys.size).toBe(2000);
    for (const k of keys) expect(k).toMatch(/^[0-9a-z]{1,32}$/);
  });
});

describe('round documents and the last visit per search', () => {
  const search = { name: 'ミドリ電機 · 故障', query: '(ミドリ電機 OR ミドリでんき) (壊れた OR 動かない)' };

  test('roundDoc builds a document the client schema accepts, id and content matching', () => {
    const doc = roundDoc(search, 'sato', T, 2);
    expect(parseTeamDoc(doc)).toMatchObject({ ok: true, doc: { type: 'round', operator: 'sato', openedAt: T, newPosts: 2 } });
    expect(doc._id).toBe(`round:${searchKey(search.query)}:${T}:sato`);
  });

  test('the latest opening wins, whoever made it; a forged key is ignored', () => {
    const rounds: RoundDoc[] = [
      roundDoc(search, 'sato', T, 4),
      roundDoc(search, 'suzuki', T + 30 * MIN, 1),
      roundDoc({ name: 'other', query: 'ミドリ電機 返金' }, 'sato', T + 10 * MIN, 0),
      { ...roundDoc(search, 'mallory', T + 90 * MIN, 99), searchKey: searchKey('ミドリ電機 返金') },
    ];
    const last = lastVisits(rounds);
    expect(last.get(searchKey(search.query))).toEqual({ operator: 'suzuki', openedAt: T + 30 * MIN, newPosts: 1 });
    expect(last.get(searchKey('ミドリ電機 返金'))).toEqual({ operator: 'sato', openedAt: T + 10 * MIN, newPosts: 0 });
  });

  test('a raised count of the same visit is the one kept', () => {
    const last = lastVisits([roundDoc(search, 'sato', T, 0), roundDoc(search, 'sato', T, 3)]);
    expect(last.get(searchKey(search.query))?.newPosts).toBe(3);
  });
});

describe('due searches', () => {
  const visit = { operator: 'sato', openedAt: T, newPosts: 0 };
  test('due once its interval has passed since anyone opened it; never opened = due; no cadence = never due', () => {
    const hourly = { intervalMinutes: 60 };
    expect(isDue(hourly, visit, T + 59 * MIN)).toBe(false);
    expect(isDue(hourly, visit, T + 60 * MIN)).toBe(true);
    expect(dueAt(hourly, visit)).toBe(T + 60 * MIN);
    expect(isDue(hourly, undefined, T)).toBe(true);
    expect(isDue({}, undefined, T)).toBe(false);
    expect(dueAt({}, visit)).toBeNull();
  });

  test('the interval comes from the search, else from its pack; proposals take the pack\'s', () => {
    const parsed = parsePack({
      format: 'kizuki.pack', version: 1, id: 'p', name: 'P', searchIntervalMinutes: 120,
      brands: [{ id: 'b', name: 'ミドリ', terms: ['ミドリ'] }],
      searches: [{ name: 'fast', query: 'ミドリ 炎上', intervalMinutes: 15 }, { name: 'default', query: 'ミドリ 故障' }],
    });
    expect(parsed.ok).toBe(true);
    const list = savedSearches([(parsed as { pack: Pack }).pack]);
    expect(list.find((s) => s.name === 'fast')?.intervalMinutes).toBe(15);
    expect(list.find((s) => s.name === 'default')?.intervalMinutes).toBe(120);
    expect(list.find((s) => s.origin === 'proposed')?.intervalMinutes).toBe(120);
  });

  test('an interval out of bounds is refused with its path', () => {
    const parsed = parsePack({
      format: 'kizuki.pack', version: 1, id: 'p', name: 'P', brands: [{ id: 'b', name: 'B', terms: ['B'] }],
      searches: [{ name: 'too often', query: 'B', intervalMinutes: 1 }],
    }, { lang: 'en' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: '$.searches[0].intervalMinutes', code: 'too-small' });
  });
});
