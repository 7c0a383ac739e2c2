import { foldChar } from './fold-char';

// One lookup per character for the ranges posts are made of. FOLD[c]:
//   ≥ 2  → c folds to exactly this one unit (identity included)
//   1    → special: long-vowel mark, voicing mark, invisible (Default_Ignorable_Code_Point), surrogate
//   0    → slow path (foldChar: NFKC through a cache), for everything rarer
// Precomputed ranges: Latin, general punctuation and symbols, CJK punctuation + kana + compatibility
// (U+3000–33FF), CJK ideographs (identity), full- and half-width forms (U+FF00–FFEF): ~4,000
// normalize() calls at start-up, about a millisecond.

export const SPECIAL = 1;
export const FOLD = new Uint16Array(65536);

const SPECIALS = [0x3099, 0x309a, 0x309b, 0x309c, 0xff9e, 0xff9f, 0x30fc, 0xff70, 0x301c, 0xff5e];

/**
 * Characters Unicode says to show as nothing (Default_Ignorable_Code_Point): soft hyphen, ZWSP/ZWJ/ZWNJ,
 * bidi marks and overrides, word joiner, variation selectors, Hangul fillers, tag characters …
 * Written inside a brand name they hide it from matching while the reader sees the name, so
 * normalisation drops them all. IGNORABLE[c] is 1 for those in the BMP.
 */
export const IGNORABLE = new Uint8Array(65536);
const IGNORABLE_RE = /\p{Default_Ignorable_Code_Point}/u;
export const IGNORABLE_BLOCKS: [number, number][] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8],
];
const supplementary = new Map<number, boolean>();

/** For a code point above the BMP (tag characters U+E0000–E0FFF, and a few more). */
export function isIgnorableAstral(cp: number): boolean {
  let known = supplementary.get(cp);
  if (known === undefined) {
    known = IGNORABLE_RE.test(String.fromCodePoint(cp));
    if (supplementary.size < 4096) supplementary.set(cp, known);
  }
  return known;
}

function fillRange(from: number, to: number): void {
  for (let c = from; c <= to; c++) {
    const f = foldChar(c);
    if (f.length === 1 && f.charCodeAt(0) > 1) FOLD[c] = f.charCodeAt(0);
  }
}

fillRange(0x20, 0x2ff);
fillRange(0x2000, 0x27bf);
fillRange(0x3000, 0x33ff);
fillRange(0xff00, 0xffef);
for (let c = 0x3400; c <= 0x9fff; c++) FOLD[c] = c;
for (let c = 0xac00; c <= 0xd7a3; c++) FOLD[c] = c; // Hangul syllables are NFKC-stable
for (let c = 0xd800; c <= 0xdfff; c++) FOLD[c] = SPECIAL;
for (let c = 0xfe00; c <= 0xfe0f; c++) FOLD[c] = SPECIAL;
for (const c of SPECIALS) FOLD[c] = SPECIAL;
// The engine's own property decides, over the blocks where the BMP's ignorables live (a test checks
// that none lies outside them); scanning all 63k BMP characters cost ~20 ms at start-up.
for (const [from, to] of IGNORABLE_BLOCKS) {
  for (let c = from; c <= to; c++) {
    if (IGNORABLE_RE.test(String.fromCharCode(c))) {
      IGNORABLE[c] = 1;
      FOLD[c] = SPECIAL;
    }
  }
}