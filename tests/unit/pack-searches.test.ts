import { describe, expect, it } from 'vitest';
import { liveSearchUrl, quoteTerm, savedSearches } from '@/lib/pack/searches';
import { parsePack } from '@/lib/pack/validate';
import type { Pack } from '@/lib/pack/schema';

const pack = (p: unknown): Pack => {
  const r = parsePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
};
const acme = pack({
  format: 'kizuki.pack', version: 1, id: 'acme', name: 'ACME',
  brands: [{ id: 'acme', name: 'ACME', terms: ['アクメ', 'ACME'] }],
  signals: [{ category: 'complaint', terms: ['遅い'], weight: 1 }, { category: 'complaint', terms: ['繋がらない'], weight: 3 }],
  searches: [{ name: '障害', query: 'アクメ 障害' }],
});

describe('saved searches', () => {
  it('proposes brand × signal searches like the issue example', () => {
    const queries = savedSearches([acme]).map((s) => s.query);
    expect(queries).toContain('(アクメ OR ACME) (繋がらない OR 遅い) -filter:retweets');
    expect(queries).toContain('(アクメ OR ACME) -filter:retweets');
  });

  it("lists the pack's own searches first", () => {
    const [first] = savedSearches([acme]);
    expect(first).toMatchObject({ name: '障害', origin: 'pack', url: 'https://x.com/search?q=%E3%82%A2%E3%82%AF%E3%83%A1%20%E9%9A%9C%E5%AE%B3&f=live' });
  });

  it('builds the live-search URL that X reads back to the same query', () => {
    const q = '(アクメ OR ACME) (繋がらない OR 遅い) -filter:retweets';
    const url = new URL(liveSearchUrl(q));
    expect([url.origin + url.pathname, url.searchParams.get('q'), url.searchParams.get('f')]).toEqual(['https://x.com/search', q, 'live']);
  });

  it('quotes terms with spaces and drops quote marks', () => {
    expect(quoteTerm('Midori Denki')).toBe('"Midori Denki"');
    expect(quoteTerm('say "hi"')).toBe('"say hi"');
    expect(quoteTerm('ミドリ電機')).toBe('ミドリ電機');
  });
});
