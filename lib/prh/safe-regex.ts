// Regular expressions from a file (prh dictionaries) run on the operator's drafts in the side panel.
// JavaScript cannot interrupt a running RegExp, so a catastrophic pattern would freeze the panel.
// We refuse the constructs that cause exponential backtracking — a quantified group that itself
// contains a quantifier ("nested quantifiers", `(a+)+`), a repeated group with alternatives
// (`(a|ab)*`), and backreferences — and we bound the length of the pattern. Patterns that remain
// can still be polynomial, so callers also bound the input length (see apply-rule.ts).

import { PACK_LIMITS } from '../pack/limits';

export const MAX_PATTERN_LENGTH = PACK_LIMITS.patternLength;
const ALLOWED_FLAGS = /^[gimsuy]*$/;

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

/** Checks that a pattern compiles and cannot backtrack catastrophically. */
export function checkRegex(source: string, flags: string): RegexCheck {
  if (source.length === 0) return { ok: false, reason: 'empty pattern' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: `longer than ${MAX_PATTERN_LENGTH} characters` };
  if (!ALLOWED_FLAGS.test(flags) || new Set(flags).size !== flags.length) return { ok: false, reason: `bad flags "${flags}"` };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (e) {
    return { ok: false, reason: `does not compile (${(e as Error).message})` };
  }
  const structural = findDanger(source);
  return structural ? { ok: false, reason: structural } : { ok: true, regex };
}

/** Walks the pattern once; returns why it is dangerous, or null. */
function findDanger(src: string): string | null {
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  // What the next quantifier applies to: a closed group (with its inner facts) or a single atom.
  let last: Frame | 'atom' | null = null;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && src[i + 2] === '<')) return 'backreferences are not allowed';
      i++;
      last = 'atom';
    } else if (ch === '[') {
      i = skipClass(src, i);
      last = 'atom';
    } else if (ch === '(') {
      stack.push({ quantified: false, alternation: false });
      if (src[i + 1] === '?') i += src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!' ? 2 : src[i + 2] === '<' ? 3 : 2;
      last = null;
    } else if (ch === ')') {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return 'unbalanced parenthesis';
      if (closed.quantified) stack[stack.length - 1]!.quantified = true;
      last = closed;
    } else if (ch === '|') {
      stack[stack.length - 1]!.alternation = true;
      last = null;
    } else if (ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(i)))) {
      const end = ch === '{' ? src.indexOf('}', i) : i;
      const repeats = ch !== '?' && !/^\{[01](,[01])?\}$/.test(src.slice(i, end + 1));
      if (repeats && last && last !== 'atom') {
        if (last.quantified) return 'nested quantifiers (a repeated group that repeats inside)';
        if (last.alternation) return 'a repeated group with alternatives';
      }
      stack[stack.length - 1]!.quantified = true;
      i = end;
      if (src[i + 1] === '?') i++; // lazy marker
      last = null;
    } else {
      last = 'atom';
    }
  }
  return null;
}

function skipClass(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']' && i > start + 1) return i;
  }
  return src.length;
}
