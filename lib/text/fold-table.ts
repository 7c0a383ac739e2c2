import { foldChar } from './fold-char';

// One lookup per character for the ranges posts are made of. FOLD[c]:
//   ≥ 2  → c folds to exactly this one unit (identity included)
//   1    → special: long-vowel mark, voicing mark, zero-width character, surrogate
//   0    → slow path (foldChar: NFKC through a cache), for everything rarer
// Precomputed ranges: Latin, general punctuation and symbols, CJK punctuation + kana + compatibility
// (U+3000–33FF), CJK ideographs (identity), full- and half-width forms (U+FF00–FFEF): ~4,000
// normalize() calls at start-up, about a millisecond.

export const SPECIAL = 1;
export const FOLD = new Uint16Array(65536);

const SPECIALS = [0x3099, 0x309a, 0x309b, 0x309c, 0xff9e, 0xff9f, 0x30fc, 0xff70, 0x301c, 0xff5e, 0x200b, 0x200c,
  0x200d, 0x2060, 0xfeff];

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
