// Reads the structure of a JavaScript regular expression from a file (prh dictionaries, packs): its
// groups, which of them capture, and its lookarounds. The linear-time engine (re2js) runs lookbehinds
// but not lookaheads or backreferences, so lib/prh/linear-regex.ts needs to know where they are.

export type GroupKind = 'capture' | 'group' | 'ahead' | 'behind';

export interface Group {
  kind: GroupKind;
  /** `(?!…)` / `(?<!…)`. */
  negative: boolean;
  /** Index of `(` and of its `)` in the source. */
  open: number;
  close: number;
  /** Where the body starts (after `(?=`, `(?<name>`, …). */
  bodyStart: number;
  /** JavaScript's number for a capturing group (1, 2, …). */
  number?: number;
  name?: string;
  parent?: Group;
  /** Followed by a quantifier that repeats it (`*`, `+`, `{2,}`; not `?` or `{0,1}`). */
  repeated: boolean;
}

export type SyntaxResult = { ok: true; groups: Group[] } | { ok: false; reason: string };

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/** Groups in order of their `(`, or why the pattern cannot be run without backtracking. */
export function readSyntax(src: string): SyntaxResult {
  const groups: Group[] = [];
  const open: Group[] = [];
  let captures = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && src[i + 2] === '<')) return { ok: false, reason: 'a backreference (\\1, \\k<name>)' };
      i++;
    } else if (ch === '[') {
      i = classEnd(src, i);
    } else if (ch === '(') {
      const g = groupAt(src, i, open.at(-1));
      if (g.kind === 'capture') g.number = ++captures;
      groups.push(g);
      open.push(g);
      i = g.bodyStart - 1;
    } else if (ch === ')') {
      const g = open.pop();
      if (!g) return { ok: false, reason: 'unbalanced parenthesis' };
      g.close = i;
      const q = QUANTIFIER.exec(src.slice(i + 1))?.[0];
      g.repeated = q !== undefined && q !== '?' && !/^\{[01](,[01])?\}$/.test(q);
    }
  }
  if (open.length) return { ok: false, reason: 'unbalanced parenthesis' };
  return { ok: true, groups };
}

function groupAt(src: string, i: number, parent: Group | undefined): Group {
  const base = { open: i, close: -1, parent, repeated: false, negative: false };
  if (src[i + 1] !== '?') return { ...base, kind: 'capture', bodyStart: i + 1 };
  const a = src[i + 2];
  if (a === '=' || a === '!') return { ...base, kind: 'ahead', negative: a === '!', bodyStart: i + 3 };
  if (a === '<' && (src[i + 3] === '=' || src[i + 3] === '!')) return { ...base, kind: 'behind', negative: src[i + 3] === '!', bodyStart: i + 4 };
  if (a === '<') {
    const end = src.indexOf('>', i);
    return { ...base, kind: 'capture', name: src.slice(i + 3, end), bodyStart: end + 1 };
  }
  // `(?:` and modifier groups such as `(?i:`.
  const colon = src.indexOf(':', i);
  return { ...base, kind: 'group', bodyStart: colon + 1 };
}

/**
 * The `]` closing the class opened at `start`. In JavaScript `[]` is an (empty) class on its own and
 * `[^]` matches anything: a `]` right after `[` closes it, unlike in PCRE.
 */
function classEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === '^') i++;
  for (; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length;
}

/** True when `g` sits inside a group of one of these kinds (or one repeated, for `repeated`). */
export function insideOf(g: Group, test: (outer: Group) => boolean): boolean {
  for (let p = g.parent; p; p = p.parent) if (test(p)) return true;
  return false;
}
