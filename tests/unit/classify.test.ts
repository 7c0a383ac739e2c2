import { describe, expect, it } from 'vitest';
import { createClassifier, warmPatterns } from '../../lib/classify/classifier';
import { compileSpec } from '../../lib/classify/compile-spec';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema, type Pack } from '../../lib/pack/schema';

const demo = packSchema.parse(demoPack);
const { classify } = createClassifier(compileSpec([demo]));
const categoryOf = (text: string) => classify({ id: 't', text }).category;

describe('built-in signals', () => {
  it('recognises trouble, questions without ？, wishes and praise', () => {
    expect(categoryOf('ミドリ電機の冷蔵庫が壊れた')).toBe('complaint');
    expect(categoryOf('ミドリモバイル、朝から圏外')).toBe('complaint');
    expect(categoryOf('ミドリフォンのスクショってどうやるの')).toBe('question');
    expect(categoryOf('ミドリ電機の配送日って変更できますか')).toBe('question');
    expect(categoryOf('ミドリモバイルって海外でも使えるの 🙏')).toBe('question');
    expect(categoryOf('ミドリ電機のアプリ、前の画面に戻せたっけｗｗ')).toBe('question');
    expect(categoryOf('ミドリ電機さん、旧モデル復活してほしい')).toBe('request');
    expect(categoryOf('ミドリモバイルの20GBプラン復活希望')).toBe('request');
    expect(categoryOf('ミドリ電機のサポート、神対応でした')).toBe('praise');
    expect(categoryOf('Midori Denki support is amazing')).toBe('praise');
    expect(categoryOf('ミドリ電機で新しいテレビ買ってきた')).toBe('other');
  });

  it('handles negation that flips the meaning', () => {
    expect(categoryOf('ミドリフォン落としたけど壊れてない')).not.toBe('complaint');
    expect(categoryOf('ミドリ電機の荷物、届かないかと思ったけどすぐ届いた')).not.toBe('complaint');
    expect(categoryOf('ミドリモバイル、不具合はなかったです')).not.toBe('complaint');
    expect(categoryOf("My MidoriPhone is not broken after all")).not.toBe('complaint');
    expect(categoryOf('ミドリ電機、最高じゃない。普通')).not.toBe('praise');
  });

  it('lets trouble outweigh praise in sarcasm and after a contrast', () => {
    expect(categoryOf('さすがミドリモバイル、今日も圏外')).toBe('complaint');
    expect(categoryOf('ありがとう、でもまた壊れた')).toBe('complaint');
    expect(categoryOf('一度壊れたけど、交換対応が神対応だった')).toBe('praise');
  });

  it('does not read a past request phrase as a request', () => {
    expect(categoryOf('ミドリフォン、アップデートで改善してる')).not.toBe('request');
    expect(categoryOf('ミドリ電機の人が設定してくれて助かった')).toBe('praise');
  });

  it('reports spans in original offsets with their kind', () => {
    const text = 'ﾐﾄﾞﾘ電機の洗濯機が壊れた。返金して';
    const r = classify({ id: 'x', text });
    const spans = r.matches.map((m) => [m.kind, text.slice(m.start, m.end)]);
    expect(spans).toContainEqual(['brand', 'ﾐﾄﾞﾘ電機']);
    expect(spans).toContainEqual(['complaint', '壊れ']);
    expect(spans).toContainEqual(['urgent', '返金']);
    expect(r.brands).toEqual(['midori']);
  });
});

describe('priority', () => {
  const now = Date.UTC(2026, 0, 10, 12);
  const p = (text: string, extra: object = {}) => classify({ id: 'p', text, now, ...extra }).priority;

  it('ranks trouble above questions above praise', () => {
    expect(p('ミドリ電機の冷蔵庫が壊れた')).toBeGreaterThan(p('ミドリ電機の冷蔵庫の使い方を教えて'));
    expect(p('ミドリ電機の冷蔵庫の使い方を教えて')).toBeGreaterThan(p('ミドリ電機の冷蔵庫、最高'));
  });

  it('rises with urgency words, freshness and engagement, within 0–100', () => {
    const base = p('ミドリ電機の冷蔵庫が壊れた');
    expect(p('ミドリ電機の冷蔵庫が壊れた。返金して。詐欺でしょ')).toBeGreaterThan(base);
    expect(p('ミドリ電機の冷蔵庫が壊れた', { publishedAt: now - 10 * 60_000 })).toBeGreaterThan(base);
    expect(p('ミドリ電機の冷蔵庫が壊れた', { publishedAt: now - 5 * 86_400_000 })).toBeLessThan(base);
    expect(p('ミドリ電機の冷蔵庫が壊れた', { counts: { replies: 40, reposts: 300, likes: 2000 } })).toBeGreaterThan(base);
    const max = p('最悪、壊れた、故障、返金、詐欺、漏洩、解約、発火', { publishedAt: now, counts: { likes: 1e6 } });
    expect(max).toBeLessThanOrEqual(100);
    expect(p('ミドリ電機', { publishedAt: now - 30 * 86_400_000 })).toBeGreaterThanOrEqual(0);
  });
});

describe('compileSpec', () => {
  const other: Pack = packSchema.parse({
    format: 'kizuki.pack', version: 1, id: 'acme', name: 'ACME',
    brands: [{ id: 'acme', name: 'ACME', terms: ['ACME', 'アクメ'], exclude: ['アクメ駅'] }, { id: 'midori', name: 'dup', terms: ['偽ミドリ'] }],
    signals: [{ category: 'praise', terms: ['圏外'], weight: 5 }],
  });

  it('merges packs in precedence order: the first pack wins a brand id', () => {
    const spec = compileSpec([demo, other]);
    expect(spec.brands.map((b) => b.id)).toEqual(['midori', 'midori-mobile', 'midori-phone', 'acme']);
    expect(spec.brands[0]!.terms).toContain('ミドリ電機');
    expect(spec.signals.some((s) => s.terms.includes('圏外') && s.weight === 5)).toBe(true);
  });

  it('changes the revision when content changes and keeps it when it does not', () => {
    expect(compileSpec([demo]).revision).toBe(compileSpec([demo]).revision);
    expect(compileSpec([demo, other]).revision).not.toBe(compileSpec([demo]).revision);
  });

  it('lets a pack signal override the built-in reading of the same term', () => {
    const spec = compileSpec([other]);
    const c = createClassifier(spec);
    expect(c.classify({ id: '1', text: 'アクメ、圏外' }).category).toBe('praise');
    expect(c.classify({ id: '2', text: 'アクメ駅、圏外' }).brands).toEqual([]);
  });

  it('can leave the built-in signals out', () => {
    const c = createClassifier(compileSpec([demo], { builtins: false }));
    expect(c.classify({ id: '1', text: 'ミドリ電機が壊れた。返金して' })).toMatchObject({ category: 'other', brands: ['midori'] });
  });
});

describe('brandPostsOnly (what the page runs)', () => {
  const spec = compileSpec([demo]);
  const every = createClassifier(spec);
  const page = createClassifier(spec, { brandPostsOnly: true });

  it('leaves a post about no brand unread: other, no matches', () => {
    expect(every.classify({ id: '1', text: '駅前のパン屋、また閉まってて最悪' }).category).toBe('complaint');
    expect(page.classify({ id: '1', text: '駅前のパン屋、また閉まってて最悪' })).toMatchObject({ category: 'other', brands: [], matches: [] });
  });

  it('reads a brand post exactly as without the option, whether it names a term, an account or replies to one', () => {
    const posts = [
      { id: '2', text: 'ミドリ電機の配送、また遅れてて最悪' },
      { id: '3', text: '@midori_denki 返品ってできますか' },
      { id: '4', text: 'ミドリフォン最高すぎる、でも充電が減りが早い？' },
      { id: '5', text: '昨日からずっと繋がらないんですが', replyTo: ['midori_denki'] },
    ];
    for (const post of posts) {
      const read = page.classify(post);
      expect(read.brands.length).toBeGreaterThan(0);
      expect(read).toEqual(every.classify(post));
    }
  });
});

describe('patterns compiled ahead of the page (warmPatterns)', () => {
  const spec = compileSpec([demo]);
  const sourceOf = (pattern: string) => new RegExp(pattern).source;

  it('hands over every pattern of the reading and the grammar, so that none is left to compile in a reading slice', () => {
    const { patterns } = createClassifier(spec);
    const expected = [
      ...Object.values(spec.reading),
      ...spec.grammar!.predicates.flatMap((rule) => [rule.pattern, ...(rule.gate ? [rule.gate] : [])]),
      spec.grammar!.negativeVerb.pattern,
      spec.grammar!.negativeVerb.exclude,
    ].map(sourceOf);
    expect(new Set(patterns.map((re) => re.source))).toEqual(new Set(expected));
  });

  it('compiles them in calls of a budget each, at least one pattern a call, and leaves them as built', () => {
    const classifier = createClassifier(spec);
    const { patterns } = classifier;
    const post = { id: 'w', text: 'ミドリ電機の荷物が全然届かないんだけど、どうなってるの？' };
    const before = classifier.classify(post);
    // No time at all: one pattern a call, and every call moves on.
    expect(warmPatterns(patterns, 0, 0)).toBe(1);
    let calls = 1;
    for (let at = 1; at < patterns.length; calls++) at = warmPatterns(patterns, at, 0);
    expect(calls).toBe(patterns.length);
    // All at once when time allows; a sticky or global pattern's position is back at the start.
    expect(warmPatterns(patterns, 0, Infinity)).toBe(patterns.length);
    expect(patterns.every((re) => re.lastIndex === 0)).toBe(true);
    expect(classifier.classify(post)).toEqual(before);
  });
});
