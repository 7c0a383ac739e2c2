import { composeVoiced, foldChar, kataToHira } from './fold-char';

/**
 * Folds text so that a term written once matches its common variants (GUIDE §3):
 * NFKC (ＡＣＭＥ → ACME, ﾐﾄﾞﾘ → ミドリ), Latin lower case, katakana → hiragana, runs of long-vowel
 * marks (ー ｰ 〜 ～ after kana) → one ー, zero-width characters and variation selectors dropped.
 * Small kana are kept: っ/ゃ carry meaning (きって ≠ きつて) and the signal rules rely on them.
 *
 * `map[k]` is the index in the ORIGINAL text of normalised unit k; `map[length]` is the original
 * length, so a normalised span [s, e) is the original span [map[s], map[e]).
 */
export interface Normalized {
  text: string;
  map: Int32Array;
}

/** Reusable output buffers, so scanning thousands of posts allocates nothing per post. */
export interface NormBuffer {
  codes: Uint16Array;
  map: Int32Array;
}

export function createNormBuffer(capacity = 512): NormBuffer {
  return { codes: new Uint16Array(capacity), map: new Int32Array(capacity + 1) };
}

const LONG_VOWEL = 0x30fc;

function isKana(code: number): boolean {
  return code >= 0x3041 && code <= 0x3096;
}

function isDropped(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || (code >= 0xfe00 && code <= 0xfe0f);
}

/** Voicing marks in all their spellings: combining, spacing and half-width. */
function voicingMark(code: number): 0x3099 | 0x309a | 0 {
  if (code === 0x3099 || code === 0x309b || code === 0xff9e) return 0x3099;
  if (code === 0x309a || code === 0x309c || code === 0xff9f) return 0x309a;
  return 0;
}

function isLongVowelMark(code: number): boolean {
  return code === LONG_VOWEL || code === 0xff70 || code === 0x301c || code === 0xff5e;
}

function grow(buf: NormBuffer, need: number): void {
  if (need <= buf.codes.length) return;
  const size = Math.max(need, buf.codes.length * 2);
  const codes = new Uint16Array(size);
  const map = new Int32Array(size + 1);
  codes.set(buf.codes);
  map.set(buf.map.subarray(0, buf.codes.length + 1));
  buf.codes = codes;
  buf.map = map;
}

/** Normalises `src` into `buf`; returns the normalised length. `buf.map[len]` = src.length. */
export function normalizeInto(src: string, buf: NormBuffer): number {
  grow(buf, src.length * 3 + 1);
  const out = buf.codes;
  const map = buf.map;
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) {
      out[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      map[n++] = i;
    } else if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x4e00 && c <= 0x9fff)) {
      out[n] = c;
      map[n++] = i;
    } else if (c >= 0x30a1 && c <= 0x30f6) {
      out[n] = kataToHira(c);
      map[n++] = i;
    } else if (isLongVowelMark(c) && n > 0 && (isKana(out[n - 1]!) || out[n - 1] === LONG_VOWEL)) {
      // さいこーーー and ありがと〜 both become one ー after kana.
      if (out[n - 1] !== LONG_VOWEL) {
        out[n] = LONG_VOWEL;
        map[n++] = i;
      }
    } else if (voicingMark(c) !== 0 && n > 0 && composeVoiced(out[n - 1]!, voicingMark(c) as 0x3099) !== 0) {
      // ﾄﾞ → ド: the mark merges into the kana before it, which keeps its original start.
      out[n - 1] = composeVoiced(out[n - 1]!, voicingMark(c) as 0x3099);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
      out[n] = c;
      map[n++] = i;
      out[n] = src.charCodeAt(++i);
      map[n++] = i;
    } else if (!isDropped(c)) {
      const folded = foldChar(c);
      for (let k = 0; k < folded.length; k++) {
        out[n] = folded.charCodeAt(k);
        map[n++] = i;
      }
    }
  }
  map[n] = src.length;
  return n;
}

const shared = createNormBuffer();

export function normalize(text: string): Normalized {
  const n = normalizeInto(text, shared);
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode(...shared.codes.subarray(i, Math.min(n, i + 4096)));
  return { text: s, map: shared.map.slice(0, n + 1) };
}

/** Normalises a term (no offsets needed). */
export function normalizeTerm(term: string): string {
  return normalize(term.trim()).text;
}
