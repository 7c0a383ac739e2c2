import type { NormBuffer } from './normalize';

// Expressive spelling on X stretches and clips words: くださーい, すごーい, ありがとぉ, 最高っ, 草ｗｗｗ.
// After normalisation (which already makes every run of ー/〜 after kana one ー), these are folded away
// so a signal written once (ください, すごい, 最高) is found in its stretched forms:
//   - a long-vowel mark after a kana that was HIRAGANA in the original (katakana words keep theirs:
//     サポート, ルーター are spelled with ー, not stretched);
//   - a small vowel (ぁぃぅぇぉ) after a hiragana (ありがとぉ, ねぇ); katakana ファ/ディ stay;
//   - a small っ closing a word (最高っ!, やばっ), i.e. before punctuation, space, emoji or the end;
//   - laughter: a run of w after Japanese (笑えるｗｗｗ), which otherwise glues onto Latin terms.
// Applied in place to the normalised units and their map, so offsets still point into the original.

const LONG = 0x30fc;
const SMALL_TSU = 0x3063;

const isHiraganaCode = (c: number) => c >= 0x3041 && c <= 0x3096;
const isSmallVowel = (c: number) => c === 0x3041 || c === 0x3043 || c === 0x3045 || c === 0x3047 || c === 0x3049;
const isWordish = (c: number) => (c >= 0x3041 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Folds `buf.codes[0..n)` in place; `src` is the original text (to tell hiragana from katakana). Returns the new length. */
export function foldExpressive(buf: NormBuffer, n: number, src: string): number {
  const { codes, map } = buf;
  let out = 0;
  for (let k = 0; k < n; k++) {
    const c = codes[k]!;
    if (out > 0 && droppable(c, codes, k, n, codes[out - 1]!, src, map[out - 1]!)) continue;
    // Until the first drop every unit is already in place: most posts fold nothing.
    if (out !== k) {
      codes[out] = c;
      map[out] = map[k]!;
    }
    out++;
  }
  map[out] = map[n]!;
  return out;
}

function droppable(c: number, codes: Uint16Array, k: number, n: number, prev: number, src: string, prevOrig: number): boolean {
  if (c === LONG || isSmallVowel(c)) return isHiraganaCode(prev) && isHiraganaCode(src.charCodeAt(prevOrig));
  if (c === SMALL_TSU) return isHiraganaCode(prev) && (k + 1 === n || !isWordish(codes[k + 1]!));
  if (c === 0x77) return prev === 0x77 ? true : prev >= 0x80 && (k + 1 === n || codes[k + 1] === 0x77 || !isWordish(codes[k + 1]!));
  return false;
}

/** The same folding for a term (built-in list or pack), on its original spelling, before normalising. */
export function foldExpressiveSource(term: string): string {
  return term
    .replace(/([\u3041-\u3096])[ー〜～ｰ]+/g, '$1')
    .replace(/([\u3041-\u3096])[ぁぃぅぇぉ]+/g, '$1')
    .replace(/([\u3041-\u3096])っ$/, '$1');
}
