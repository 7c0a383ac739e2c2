import { normalize, normalizeTerm, type Normalized } from '../text/normalize';

// NG words match on the shared normalised form (width, case, katakana/hiragana, long
// vowels), and spans map back to the original so a fix replaces exactly what the operator typed.
export { normalize, normalizeTerm, type Normalized };

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Latin terms must stand as words ("ass" is not in "class"); Japanese has no spaces, so a
// Japanese term matches anywhere and packs use their own exclusions.
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c) && !JAPANESE.test(c);
}

function needsWordBounds(term: string): boolean {
  return !JAPANESE.test(term);
}

export interface Occurrence {
  /** Original [start, end). */
  start: number;
  end: number;
  /** Index in the normalised text. */
  at: number;
}

/** Every occurrence of a normalised term in a normalised text, with its original span. */
export function findAll(hay: Normalized, term: string): Occurrence[] {
  const found: Occurrence[] = [];
  if (!term) return found;
  const bounded = needsWordBounds(term);
  for (let i = hay.text.indexOf(term); i !== -1; i = hay.text.indexOf(term, i + 1)) {
    const j = i + term.length;
    if (bounded && (isWordChar(hay.text[i - 1]) || isWordChar(hay.text[j]))) continue;
    found.push({ start: hay.map[i]!, end: hay.map[j]!, at: i });
  }
  return found;
}
