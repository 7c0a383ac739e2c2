import { RE2JS, type Matcher } from 're2js';
import { PACK_LIMITS } from '../pack/limits';
import { insideOf, readSyntax, type Group } from './regex-syntax';

// Regular expressions from files (prh dictionaries, packs) run on the operator's drafts. JavaScript's
// RegExp backtracks and cannot be interrupted, so one crafted pattern (`(a+)+$`, or merely polynomial
// `a*a*a*b`) freezes the panel. These patterns run on re2js instead, an RE2 port whose matching time
// is linear in the text; it runs lookbehinds too (captureless, also in linear time).
//
// It has no lookaheads, which prh dictionaries use a lot (`サーバ(?!ー)`). A lookahead becomes an empty
// capture group that marks where it stood; each match the engine prefers is kept only if every
// lookahead it passed holds there (checked by its own linear-time pattern at that position), else the
// search goes on from the next character. Where JavaScript would backtrack into a less preferred way
// of matching at the same place, this finds nothing there: prh's own specs, run at import, show such
// a rule. Backreferences have no linear-time algorithm: a pattern with one is refused.

const MAX_PATTERN_LENGTH = PACK_LIMITS.patternLength;
/** The engine's work per character grows with the compiled program: bound it (SmartHR's largest is ~250). */
const MAX_PROGRAM_SIZE = 5_000;

export type RegexMatch = (string | undefined)[] & { index: number; input: string; groups?: Record<string, string | undefined> };

interface Lookahead {
  negative: boolean;
  /** `(body)|`: at a position it always matches; group 1 took part iff the body matches there. */
  body: RE2JS;
  /** The empty group standing in the main pattern where the lookahead was. */
  probe: number;
}

export interface LinearRegex {
  /** Every match, left to right, as a global RegExp's exec loop finds them (empty ones included). */
  matches(text: string): Generator<RegexMatch>;
}

export type RegexCheck = { ok: true; regex: LinearRegex } | { ok: false; reason: string };

const ALLOWED_FLAGS = /^[gimsuy]*$/;

/** Compiles a pattern for the linear-time engine, or says why it cannot run there. */
export function compileLinear(source: string, flags: string): RegexCheck {
  if (source.length === 0) return { ok: false, reason: 'empty pattern' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `longer than ${MAX_PATTERN_LENGTH} characters` };
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) return { ok: false, reason: `bad flags "${flags}"` };
  try {
    new RegExp(source, flags); // compiling runs nothing; it tells a JavaScript syntax error as JavaScript would
  } catch (e) {
    return { ok: false, reason: `does not compile (${(e as Error).message})` };
  }
  const syntax = readSyntax(source);
  if (!syntax.ok) return syntax;
  const aheads = syntax.groups.filter((g) => g.kind === 'ahead');
  const isLookaround = (g: Group) => g.kind === 'ahead' || g.kind === 'behind';
  if (aheads.some((g) => insideOf(g, isLookaround))) return { ok: false, reason: 'a lookahead inside another lookaround' };
  if (aheads.some((g) => g.repeated || insideOf(g, (p) => p.repeated))) return { ok: false, reason: 'a lookahead inside a repeated group' };
  try {
    return { ok: true, regex: build(source, flags, syntax.groups) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

function engineFlags(flags: string, lookbehind: boolean): number {
  return (
    (flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0) |
    (flags.includes('m') ? RE2JS.MULTILINE : 0) |
    (flags.includes('s') ? RE2JS.DOTALL : 0) |
    (lookbehind ? RE2JS.LOOKBEHINDS : 0)
  );
}

function compileForEngine(source: string, flags: number): RE2JS {
  // re2js names scripts without `Script=` (`\p{Hiragana}`); its translation handles \u, [^], (?<name>.
  const translated = RE2JS.translateRegExp(source.replace(/\\([pP])\{(?:Script|sc)=(\w+)\}/g, '\\$1{$2}'));
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated, flags);
  } catch (e) {
    throw new Error(`not supported by the linear-time engine (${(e as Error).message.replace(/^error parsing regexp: /, '')})`);
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) throw new Error(`too large once compiled (${re.programSize()} > ${MAX_PROGRAM_SIZE} steps)`);
  return re;
}

function build(source: string, flags: string, groups: Group[]): LinearRegex {
  const topAheads = groups.filter((g) => g.kind === 'ahead');
  const lookbehind = groups.some((g) => g.kind === 'behind');
  // The main pattern: each lookahead cut out and replaced by an empty probe group.
  let main = '';
  let at = 0;
  for (const g of topAheads) {
    main += source.slice(at, g.open) + '()';
    at = g.close + 1;
  }
  main += source.slice(at);
  // Group numbers in the main pattern: captures outside lookaheads keep their order, probes slot in.
  const slotOf = new Map<number, number>();
  const names = new Map<string, number>();
  const lookaheads: Lookahead[] = [];
  let slot = 0;
  for (const g of groups) {
    if (g.kind === 'ahead') {
      const body = compileForEngine(`(${source.slice(g.bodyStart, g.close)})|`, engineFlags(flags, false));
      lookaheads.push({ negative: g.negative, body, probe: ++slot });
    } else if (g.kind === 'capture' && !insideOf(g, (p) => p.kind === 'ahead')) {
      slotOf.set(g.number!, ++slot);
      if (g.name) names.set(g.name, g.number!);
    }
  }
  const captureCount = groups.filter((g) => g.kind === 'capture').length;
  const re = compileForEngine(main, engineFlags(flags, lookbehind));
  return { matches: (text) => run(re, lookaheads, slotOf, names, captureCount, text) };
}

function* run(re: RE2JS, lookaheads: Lookahead[], slotOf: Map<number, number>, names: Map<string, number>, captureCount: number, text: string): Generator<RegexMatch> {
  // Most rules find nothing in a draft: a yes/no answer runs on the engine's fast automaton, while
  // finding where and what each group took runs a slower one.
  if (!re.test(text)) return;
  const m = re.matcher(text);
  const checks = lookaheads.map((l) => ({ ...l, matcher: null as Matcher | null, known: new Map<number, boolean>() }));
  const holds = (check: (typeof checks)[number], pos: number): boolean => {
    let known = check.known.get(pos);
    if (known === undefined) {
      check.matcher ??= check.body.matcher(text);
      check.matcher.find(pos); // always matches at `pos` (the empty alternative)
      known = (check.matcher.start(1) !== -1) !== check.negative;
      check.known.set(pos, known);
    }
    return known;
  };
  let pos = 0;
  while (pos <= text.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    const passed = checks.every((c) => {
      const at = m.start(c.probe);
      return at === -1 || holds(c, at);
    });
    if (passed) yield toMatch(m, slotOf, names, captureCount, text);
    pos = passed && end > start ? end : nextIndex(text, start);
  }
}

function toMatch(m: Matcher, slotOf: Map<number, number>, names: Map<string, number>, captureCount: number, text: string): RegexMatch {
  const arr: (string | undefined)[] = [m.group(0) ?? ''];
  for (let n = 1; n <= captureCount; n++) {
    const s = slotOf.get(n);
    arr.push(s === undefined ? undefined : (m.group(s) ?? undefined));
  }
  const match = Object.assign(arr, { index: m.start(), input: text }) as RegexMatch;
  if (names.size) match.groups = Object.fromEntries([...names].map(([name, n]) => [name, arr[n]]));
  return match;
}

/** The next place to search from: one code point on, as a `u` RegExp steps past an empty match. */
function nextIndex(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}

/** Pack validation's question: can this pattern run here? (No match is run.) */
export function checkRegex(source: string, flags: string): { ok: true } | { ok: false; reason: string } {
  const r = compileLinear(source, flags);
  return r.ok ? { ok: true } : r;
}
