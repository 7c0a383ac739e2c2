// How one character that is not on a fast path folds: NFKC (full-width Latin, half-width katakana,
// circled digits, ㈱ …), then Latin lower case, then katakana → hiragana. Computed once per character
// and cached, because String.prototype.normalize is slow compared with the per-character loop.

const cache = new Map<number, string>();

/** Katakana ァ–ヶ (U+30A1–U+30F6) sit exactly 0x60 above their hiragana. */
export function kataToHira(code: number): number {
  return code >= 0x30a1 && code <= 0x30f6 ? code - 0x60 : code;
}

export function foldChar(code: number): string {
  let folded = cache.get(code);
  if (folded === undefined) {
    const nfkc = String.fromCharCode(code).normalize('NFKC').toLowerCase();
    folded = '';
    for (let i = 0; i < nfkc.length; i++) folded += String.fromCharCode(kataToHira(nfkc.charCodeAt(i)));
    cache.set(code, folded);
  }
  return folded;
}

/** Hiragana + voicing mark → composed kana (か+゛→が, は+゜→ぱ, う+゛→ゔ), or 0 when none exists. */
export function composeVoiced(base: number, mark: 0x3099 | 0x309a): number {
  const composed = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
  return composed.length === 1 ? composed.charCodeAt(0) : 0;
}
