import { normalize, normalizeTerm, type Normalized } from '../text/normalize';

// NG words match on the shared normalised form (GUIDE §3: width, case, katakana/hiragana, long
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

/** Every occurrence of a normalised term in a normalised text, as original [start, end) spans. */
export function findAll(hay: Normalized, term: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!term) return spans;
  const bounded = needsWordBounds(term);
  for (let i = hay.text.indexOf(term); i !== -1; i = hay.text.indexOf(term, i + 1)) {
    const j = i + term.length;
    if (bounded && (isWordChar(hay.text[i - 1]) || isWordChar(hay.text[j]))) continue;
    spans.push([hay.map[i]!, hay.map[j]!]);
  }
  return spans;
}
