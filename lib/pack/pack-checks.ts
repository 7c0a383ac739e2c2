import { PACK_LIMITS } from './limits';
import type { RawPackError } from './pack-error';
import type { Pack } from './schema';
import { checkRegex } from '../prh/linear-regex';
import { normalizeTerm } from '../text/normalize';

// Checks the zod schema cannot express: uniqueness, totals, and what a term may contain.
//
// Decision (issue 6, "a pattern that could run away"): pack terms are PLAIN TEXT. The matcher never
// compiles them into regular expressions, so no term can run away; a term written like a regex
// (`/.../flags`) is refused so nobody believes it works as one. Only NG words may carry a `pattern`,
// and each must compile for the linear-time engine (lib/prh/linear-regex.ts) before the pack is accepted.

type Path = (string | number)[];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const REGEX_LIKE = /^\/.+\/[a-z]*$/s;
// C0/C1 controls, zero-width and bidirectional controls: invisible in the editor, never in a post.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Keys that would reach an object's prototype when copied. JSON.parse keeps `__proto__` as own data. */
export function findForbiddenKeys(value: unknown, path: Path = [], out: RawPackError[] = []): RawPackError[] {
  if (Array.isArray(value)) value.forEach((v, i) => findForbiddenKeys(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) out.push({ path: [...path, key], code: 'forbidden-key', vars: { key } });
      else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  }
  return out;
}

function checkTerm(term: string, path: Path, out: RawPackError[]) {
  if (INVISIBLE.test(term)) out.push({ path, code: 'control-char' });
  // Made only of characters normalisation drops (soft hyphens, tag characters …): it would match
  // nothing a reader can see, or everything.
  else if (normalizeTerm(term).trim() === '') out.push({ path, code: 'invisible-term' });
  else if (REGEX_LIKE.test(term.trim())) out.push({ path, code: 'regex-term', vars: { term } });
}

function checkUnique(ids: { id: string; path: Path }[], out: RawPackError[]) {
  const first = new Map<string, Path>();
  for (const { id, path } of ids) {
    const seen = first.get(id);
    if (seen) out.push({ path: [...path, 'id'], code: 'duplicate-id', vars: { id, first: formatShort(seen) } });
    else first.set(id, path);
  }
}

function formatShort(path: Path): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

export function checkPack(pack: Pack): RawPackError[] {
  const out: RawPackError[] = [];
  checkUnique(pack.brands.map((b, i) => ({ id: b.id, path: ['brands', i] })), out);
  checkUnique((pack.templates ?? []).map((t, i) => ({ id: t.id, path: ['templates', i] })), out);
  let total = 0;
  pack.brands.forEach((b, i) => {
    b.terms.forEach((t, j) => checkTerm(t, ['brands', i, 'terms', j], out));
    (b.exclude ?? []).forEach((t, j) => checkTerm(t, ['brands', i, 'exclude', j], out));
    total += b.terms.length + (b.exclude?.length ?? 0);
  });
  (pack.signals ?? []).forEach((s, i) => {
    s.terms.forEach((t, j) => checkTerm(t, ['signals', i, 'terms', j], out));
    total += s.terms.length;
  });
  (pack.ngWords ?? []).forEach((w, i) => {
    if (!w.pattern) return checkTerm(w.term, ['ngWords', i, 'term'], out);
    const check = checkRegex(w.pattern.source, w.pattern.flags);
    if (!check.ok) out.push({ path: ['ngWords', i, 'pattern', 'source'], code: 'unsafe-pattern', vars: { detail: check.reason } });
  });
  total += pack.ngWords?.length ?? 0;
  if (total > PACK_LIMITS.totalTerms) out.push({ path: [], code: 'total-terms', vars: { count: total, limit: PACK_LIMITS.totalTerms } });
  return out;
}
