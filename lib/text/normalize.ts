import { composeVoiced, foldChar } from './fold-char';
import { FOLD, IGNORABLE, isIgnorableAstral } from './fold-table';

/**
 * Folds text so that a term written once matches its common variants:
 * NFKC (ＡＣＭＥ → ACME, ﾐﾄﾞﾘ → ミドリ), Latin lower case, katakana → hiragana, runs of long-vowel
 * marks (ー ｰ 〜 ～ after kana) → one ー, invisible characters (Default_Ignorable_Code_Point: soft
 * hyphen, zero-width and bidi marks, variation selectors, tag characters …) dropped.
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

/** A surrogate pair whose code point is invisible (tag characters U+E0000–E0FFF, …). */
function isIgnorablePair(src: string, i: number): boolean {
  const hi = src.charCodeAt(i);
  // Only planes 1 and 14 hold ignorable code points: U+1BCA0…, U+1D173…, U+E0000–E0FFF.
  if (hi !== 0xd82f && hi !== 0xd834 && (hi < 0xdb40 || hi > 0xdb43)) return false;
  return isIgnorableAstral(src.codePointAt(i)!);
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

/** Long-vowel marks, voicing marks, zero-width characters, lone surrogates. Returns the new length. */
function special(c: number, i: number, buf: NormBuffer, n: number): number {
  const out = buf.codes;
  const prev = n > 0 ? out[n - 1]! : 0;
  if (isLongVowelMark(c) && (isKana(prev) || prev === LONG_VOWEL)) {
    // さいこーーー and ありがと〜 both become one ー after kana.
    if (prev !== LONG_VOWEL) append(buf, n++, LONG_VOWEL, i);
  } else if (voicingMark(c) !== 0 && composeVoiced(prev, voicingMark(c) as 0x3099) !== 0) {
    // ﾄﾞ → ド: the mark merges into the kana before it, which keeps its original start.
    out[n - 1] = composeVoiced(prev, voicingMark(c) as 0x3099);
  } else if (IGNORABLE[c] !== 1) {
    n = slow(buf, n, c, i);
  }
  return n;
}

function append(buf: NormBuffer, n: number, code: number, i: number): void {
  buf.codes[n] = code;
  buf.map[n] = i;
}

function slow(buf: NormBuffer, n: number, c: number, i: number): number {
  const folded = foldChar(c);
  for (let k = 0; k < folded.length; k++) append(buf, n++, folded.charCodeAt(k), i);
  return n;
}

/** Normalises `src` into `buf`; returns the normalised length. `buf.map[len]` = src.length. */
export function normalizeInto(src: string, buf: NormBuffer): number {
  grow(buf, src.length * 3 + 1);
  const out = buf.codes;
  const map = buf.map;
  const fold = FOLD; // a local: an imported binding may compile to a getter call per character
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const f = fold[c]!;
    if (f > 1) {
      out[n] = f;
      map[n++] = i;
    } else if (f === 1 && c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
      // A surrogate pair (emoji) passes through as two units, each mapped to itself.
      if (isIgnorablePair(src, i)) {
        i++;
        continue;
      }
      out[n] = c;
      map[n++] = i++;
      out[n] = src.charCodeAt(i);
      map[n++] = i;
    } else if (f === 1) n = special(c, i, buf, n);
    else n = slow(buf, n, c, i);
  }
  map[n] = src.length;
  return n;
}

const shared = createNormBuffer();

let decoder: TextDecoder | undefined;

/** The first n units as a string. TextDecoder is several times faster than String.fromCharCode over
 * a spread; a lone surrogate becomes U+FFFD, one unit for one, so offsets stay right. */
export function codesToString(codes: Uint16Array, n: number): string {
  decoder ??= new TextDecoder('utf-16le');
  return decoder.decode(codes.subarray(0, n));
}

export function normalize(text: string): Normalized {
  const n = normalizeInto(text, shared);
  return { text: codesToString(shared.codes, n), map: shared.map.slice(0, n + 1) };
}

const termBuffer = createNormBuffer(128);

/**
 * Normalises a term (no offsets needed) — the same folding as normalizeInto, through its own copy of
 * the dispatch loop. Why a copy: when ~1,000 short terms ran through normalizeInto before the first
 * post (as when a classifier is built), V8 kept code for it that was about 3× slower on posts
 * (0.48 vs 1.40 µs per 100-char post in bench/matcher.bench.ts). tests/unit/normalize.test.ts checks
 * that both agree.
 */
export function normalizeTerm(term: string): string {
  const src = term.trim();
  grow(termBuffer, src.length * 3 + 1);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const f = FOLD[c]!;
    if (f > 1) append(termBuffer, n++, f, i);
    else if (f === 1 && c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
      if (isIgnorablePair(src, i)) {
        i++;
        continue;
      }
      append(termBuffer, n++, c, i);
      append(termBuffer, n++, src.charCodeAt(i + 1), ++i);
    } else if (f === 1) n = special(c, i, termBuffer, n);
    else n = slow(termBuffer, n, c, i);
  }
  return codesToString(termBuffer.codes, n);
}
