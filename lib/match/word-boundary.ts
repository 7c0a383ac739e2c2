// A Latin term must not match inside a longer Latin word: "acme" is not found in "acmex" or
// "xacme", nor "fire" in "firefox". "_" is a boundary: official accounts are written acme_jp or
// @Acme_Support, and "acme" must be found there. Japanese has no spaces, so kana/kanji terms get no such guard;
// packs exclude compounds like アクメ駅 explicitly. Digits count as word characters, so "acme" is not
// found in "acme2" either (write the model name as its own term). One exception at the end: a plural
// "s" ("thanks", "ACMEs") still matches. Checked on normalised text, so full-width ＡＣＭＥＸ is
// guarded the same way.

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Whether the pattern's first / last unit is a Latin word unit (so the guard applies at that end). */
export function edgeFlags(pattern: string): number {
  const first = isWordUnit(pattern.charCodeAt(0)) ? 1 : 0;
  const last = isWordUnit(pattern.charCodeAt(pattern.length - 1)) ? 2 : 0;
  return first | last;
}

export function onWordBoundary(codes: Uint16Array, n: number, start: number, end: number, flags: number): boolean {
  if (flags & 1 && start > 0 && isWordUnit(codes[start - 1]!)) return false;
  if (flags & 2 && end < n && isWordUnit(codes[end]!)) {
    const plural = codes[end] === 0x73 && (end + 1 === n || !isWordUnit(codes[end + 1]!));
    if (!plural) return false;
  }
  return true;
}
