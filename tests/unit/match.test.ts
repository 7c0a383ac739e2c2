import { describe, expect, it } from 'vitest';
import { createTermMatcher, matchForm, termForm, type TermEntry } from '../../lib/match/term-matcher';

const entries: TermEntry[] = [
  { term: 'ミドリ電機', group: 0 },
  { term: 'ミドリ電機前', group: 0, exclude: true },
  { term: 'ACME', group: 1 },
  { term: 'アクメ', group: 1 },
  { term: 'アクメ駅', group: 1, exclude: true },
  { term: '電機', group: 2 },
];
const matcher = createTermMatcher(entries);

function found(text: string) {
  return matcher.find(text).hits.map((h) => ({ term: entries[h.entry]!.term, text: text.slice(h.start, h.end) }));
}

describe('term matcher', () => {
  it('finds a term written once in all its variants, with original offsets', () => {
    const text = 'みどり電機と ﾐﾄﾞﾘ電機と #ミドリ電機 と ＡＣＭＥ と acme';
    const brand = found(text).filter((h) => h.term !== '電機');
    expect(brand).toEqual([
      { term: 'ミドリ電機', text: 'みどり電機' },
      { term: 'ミドリ電機', text: 'ﾐﾄﾞﾘ電機' },
      { term: 'ミドリ電機', text: 'ミドリ電機' },
      { term: 'ACME', text: 'ＡＣＭＥ' },
      { term: 'ACME', text: 'acme' },
    ]);
  });

  it('reports overlapping and nested matches', () => {
    expect(found('ミドリ電機').map((h) => h.term).sort()).toEqual(['ミドリ電機', '電機']);
  });

  it('suppresses a brand match inside an exclusion, but not the same term elsewhere', () => {
    expect(found('アクメ駅で待ち合わせ')).toEqual([]);
    expect(found('アクメ駅でアクメの新製品を見た')).toEqual([{ term: 'アクメ', text: 'アクメ' }]);
    expect(found('あくめ駅で待ち合わせ')).toEqual([]);
    // The brand part of an exclusion matches in either script (あくめ駅), but the part beyond the
    // brand must agree in script: ミドリフォント (a font) is not ミドリフォン + the particle と.
    const fonts = createTermMatcher([{ term: 'ミドリフォン', group: 0 }, { term: 'ミドリフォント', group: 0, exclude: true }]);
    expect(fonts.find('ミドリフォントで資料を作った').hits).toEqual([]);
    expect(fonts.find('ミドリフォンと迷ってる').hits).toHaveLength(1);
    // The exclusion belongs to its brand only: 電機 (another group) is still found inside ミドリ電機前.
    expect(found('ミドリ電機前').map((h) => h.term)).toEqual(['電機']);
  });

  it('does not find a Latin term inside a longer Latin word (documented in word-boundary.ts)', () => {
    expect(found('ACMEX と XACME と acme2')).toEqual([]);
    expect(found('ACMEの新製品、ACMEs')).toHaveLength(2);
    expect(found('アクメックス').map((h) => h.term)).toEqual(['アクメ']); // no such guard for kana
  });

  it('agrees with a naive indexOf search on the matched form of random Japanese', () => {
    const alphabet = 'あいうえおかきくけこアイウエオ電機駅ミドリー';
    const terms = Array.from({ length: 60 }, (_, i) => alphabet.slice(i % 17, (i % 17) + 1 + (i % 4)));
    const m = createTermMatcher(terms.map((term) => ({ term, group: 0 })));
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const text = Array.from({ length: 80 }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const norm = matchForm(text);
      const expected: string[] = [];
      terms.forEach((t, i) => {
        const p = termForm(t);
        for (let at = norm.indexOf(p); at >= 0; at = norm.indexOf(p, at + 1)) expected.push(`${i}@${at}`);
      });
      const actual = m.find(text).hits.map((h) => `${h.entry}@${h.normStart}`);
      expect(actual.sort()).toEqual(expected.sort());
    }
  });
});
