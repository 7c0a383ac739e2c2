import { compileLinear, type LinearRegex, type RegexMatch } from './linear-regex';

// Applies an NG word that came from a prh dictionary (it has a `pattern`) to a text: where it matches,
// and what prh would write instead. Used by the reply checks and by the importer to run prh's specs.
// Patterns run on the linear-time engine (lib/prh/linear-regex.ts); the input is also bounded, since
// even linear work on a pasted novel is more than a draft needs.

export interface RulePattern {
  source: string;
  flags: string;
  /** prh's regexpMustEmpty: `$1` … — a match whose group captured text is not a finding. */
  mustEmpty?: string;
}

export interface RuleHit {
  start: number;
  end: number;
  /** The text found. */
  found: string;
  /** What prh would write instead (`expected` with $1… filled). */
  replacement: string;
}

/** Drafts and posts are short; anything past this is not checked rather than risk a frozen panel. */
export const MAX_CHECKED_LENGTH = 5_000;

const cache = new Map<string, LinearRegex | null>();

/** The compiled pattern; null for one the engine cannot run (a pack that skipped validation). */
function compiled(p: RulePattern): LinearRegex | null {
  const key = `${p.flags}/${p.source}`;
  let re = cache.get(key);
  if (re === undefined) {
    const r = compileLinear(p.source, p.flags);
    re = r.ok ? r.regex : null;
    cache.set(key, re);
  }
  return re;
}

/** `$1`, `$&`, `$$`, `$<name>` as String.prototype.replace reads them. */
function expandReplacement(template: string, m: RegexMatch): string {
  return template.replace(/\$(\$|&|`|'|\d{1,2}|<[^>]*>)/g, (whole, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return m[0]!;
    if (ref === '`') return m.input.slice(0, m.index);
    if (ref === "'") return m.input.slice(m.index + m[0]!.length);
    if (ref.startsWith('<')) return m.groups?.[ref.slice(1, -1)] ?? '';
    const n = Number(ref);
    return n > 0 && n < m.length ? (m[n] ?? '') : whole;
  });
}

/** Every place the rule would change the text. A match that would be replaced by itself is fine. */
export function applyRule(pattern: RulePattern, expected: string, text: string): RuleHit[] {
  const re = compiled(pattern);
  if (!re) return [];
  const input = text.length > MAX_CHECKED_LENGTH ? text.slice(0, MAX_CHECKED_LENGTH) : text;
  const mustEmpty = pattern.mustEmpty ? Number(pattern.mustEmpty.slice(1)) : 0;
  const hits: RuleHit[] = [];
  for (const m of re.matches(input)) {
    const found = m[0]!;
    if (found.length === 0) continue;
    if (mustEmpty && m[mustEmpty]) continue;
    const replacement = expandReplacement(expected, m);
    if (replacement !== found) hits.push({ start: m.index, end: m.index + found.length, found, replacement });
  }
  return hits;
}

/** The text as prh would correct it: every hit replaced. */
export function fixText(pattern: RulePattern, expected: string, text: string): string {
  let out = '';
  let at = 0;
  for (const hit of applyRule(pattern, expected, text)) {
    out += text.slice(at, hit.start) + hit.replacement;
    at = hit.end;
  }
  return out + text.slice(at);
}

/** For the reply checks: the hits of an NG word that carries a pattern (from prh); [] without one. */
export function ngWordHits(word: { pattern?: RulePattern; suggest?: string }, text: string): RuleHit[] {
  return word.pattern ? applyRule(word.pattern, word.suggest ?? '', text) : [];
}
