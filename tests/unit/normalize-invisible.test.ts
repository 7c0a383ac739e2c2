import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from '@/lib/text/normalize';
import { createTermMatcher } from '@/lib/match/term-matcher';
import { parsePack } from '@/lib/pack/validate';

// Characters Unicode says to render as nothing (Default_Ignorable_Code_Point), written inside a brand
// name: the reader sees the brand, so Kizuki must find it, and highlight exactly what the reader sees.
const INVISIBLE: [string, string][] = [
  ['soft hyphen', '\u00ad'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['bidi embedding', '\u202a'],
  ['word joiner', '\u2060'],
  ['bidi isolate', '\u2066'],
  ['arabic letter mark', '\u061c'],
  ['combining grapheme joiner', '\u034f'],
  ['variation selector 16', '\ufe0f'],
  ['Hangul filler', '\u3164'],
  ['tag character LATIN SMALL A', '\u{e0061}'],
  ['cancel tag', '\u{e007f}'],
  ['variation selector 256', '\u{e01ef}'],
  ['musical symbol begin beam', '\u{1d173}'],
];

describe('invisible characters inside a brand', () => {
  const matcher = createTermMatcher([{ term: 'ミドリ電機', group: 0 }, { term: 'ACME', group: 1 }]);

  it.each(INVISIBLE)('%s inside ミドリ電機 and ACME: both found, highlighted whole', (_, ch) => {
    const post = `昨日ミド${ch}リ電機で買った A${ch}${ch}CME もいい`;
    const hits = matcher.find(post).hits.map((h) => post.slice(h.start, h.end));
    expect(hits).toEqual([`ミド${ch}リ電機`, `A${ch}${ch}CME`]);
  });

  it('drops every Default_Ignorable_Code_Point, in and beyond the BMP, and nothing else', () => {
    const property = /^\p{Default_Ignorable_Code_Point}$/u;
    let checked = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!property.test(ch)) continue;
      checked++;
      expect(normalizeTerm(`a${ch}b`), `U+${cp.toString(16)}`).toBe('ab');
      const { text, map } = normalize(`x${ch}y`);
      expect(text, `U+${cp.toString(16)}`).toBe('xy');
      expect([...map]).toEqual([0, 1 + ch.length, 2 + ch.length]);
    }
    expect(checked).toBeGreaterThan(4000);
    // Visible neighbours of those ranges are kept.
    expect(normalizeTerm('a\u00acb\u{e1000}c😊')).toBe('a\u00acb\u{e1000}c😊');
  });
});

describe('a pack term made only of invisible characters', () => {
  const pack = (term: string) => ({ format: 'kizuki.pack', version: 1, id: 'p', name: 'p', brands: [{ id: 'b', name: 'b', terms: ['ACME', term] }] });

  it.each([
    ['soft hyphens', '\u00ad\u00ad'],
    ['tag characters', '\u{e0061}\u{e0062}'],
    ['variation selectors', '\ufe0f\ufe0e'],
    ['Hangul fillers', '\u3164\uffa0'],
  ])('%s: refused at its path', (_, term) => {
    const r = parsePack(pack(term));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toContainEqual(['$.brands[0].terms[1]', 'invisible-term']);
  });

  it('a term with an emoji and its variation selector is kept', () => {
    expect(parsePack(pack('❤\ufe0fACME')).ok).toBe(true);
  });
});
