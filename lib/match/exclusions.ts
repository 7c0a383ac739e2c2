import { normalizeTerm } from '../text/normalize';
import type { FormEntry, TermHit } from './term-matcher';

// A pack excludes compounds that contain its brand term but mean something else (アクメ駅 for アクメ).
// A brand hit is dropped when an exclusion of the same group covers it; exclusion hits themselves are
// never reported.
//
// Kana folding alone would make exclusions overreach: ミドリフォント (a font) folds to the same text
// as ミドリフォン + the particle と. So the part of an exclusion that lies OUTSIDE the brand hit must
// also agree in script (katakana vs hiragana) with how the exclusion was written; the brand part
// itself still matches in any script (あくめ駅 is excluded like アクメ駅).

const OTHER = 0;
const KATAKANA = 1;
const HIRAGANA = 2;

function scriptOf(code: number): number {
  if ((code >= 0x30a1 && code <= 0x30fa) || (code >= 0xff66 && code <= 0xff9d)) return KATAKANA;
  if (code >= 0x3041 && code <= 0x3096) return HIRAGANA;
  return OTHER;
}

/** Script per normalised unit of a term, or null when the units cannot be lined up (rare compositions). */
export function termScripts(term: string): number[] | null {
  const scripts: number[] = [];
  for (const ch of term.trim()) {
    const units = normalizeTerm(ch).length;
    for (let k = 0; k < units; k++) scripts.push(scriptOf(ch.charCodeAt(0)));
  }
  return scripts.length === normalizeTerm(term).length ? scripts : null;
}

function agreesOutside(x: TermHit, h: TermHit, scripts: readonly number[] | null | undefined, text: string, map: Int32Array): boolean {
  if (!scripts) return true;
  for (let k = x.normStart; k < x.normEnd; k++) {
    if (k >= h.normStart && k < h.normEnd) continue;
    const want = scripts[k - x.normStart]!;
    const got = scriptOf(text.charCodeAt(map[k]!));
    if (want !== OTHER && got !== OTHER && want !== got) return false;
  }
  return true;
}

export function suppressExcluded(
  hits: TermHit[],
  entries: readonly FormEntry[],
  text: string,
  map: Int32Array,
): TermHit[] {
  const exclusions = hits.filter((h) => entries[h.entry]!.exclude);
  if (exclusions.length === 0) return hits;
  return hits.filter((h) => {
    const entry = entries[h.entry]!;
    if (entry.exclude) return false;
    return !exclusions.some(
      (x) =>
        entries[x.entry]!.group === entry.group &&
        x.normStart <= h.normStart &&
        h.normEnd <= x.normEnd &&
        agreesOutside(x, h, entries[x.entry]!.scripts, text, map),
    );
  });
}
