import type { PredicateRule } from './builtin-grammar';
import type { SignalCategory } from './builtin-signals';

// Runs the spec's grammar rules (builtin-grammar.ts) on a post: predicates that say what a post is
// (help received, wishes, despite, indirect questions …) and the negative-verb hint.

export interface PredicateHit {
  category: SignalCategory;
  weight: number;
  start: number;
  end: number;
  absorbsPraise?: boolean;
  concedes?: boolean;
  despite?: boolean;
}

interface Compiled { rule: PredicateRule; re: RegExp; gate: RegExp | null }
// exec loops rather than matchAll: matchAll clones the RegExp on every call, and these run on every post.
/** The te-imperative and other closing shapes: only this many last characters are searched. */
const TAIL = 16;

/** `made` receives every pattern compiled here (see warmPatterns in classifier.ts). */
export function compilePredicates(rules: readonly PredicateRule[], made: RegExp[] = []): (norm: string) => PredicateHit[] {
  const compiled: Compiled[] = rules.map((rule) => ({
    rule,
    re: new RegExp(rule.pattern, 'g'),
    gate: rule.gate ? new RegExp(rule.gate) : null,
  }));
  for (const { re, gate } of compiled) {
    made.push(re);
    if (gate) made.push(gate);
  }
  return (norm) => {
    const hits: PredicateHit[] = [];
    for (const { rule, re, gate } of compiled) {
      if (rule.latin && !(norm.charCodeAt(0) < 0x3000 || /[a-z]{4}/.test(norm))) continue;
      if (gate && !gate.test(norm)) continue;
      const from = rule.tail ? Math.max(0, norm.length - TAIL) : 0;
      const text = from ? norm.slice(from) : norm;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        hits.push({ category: rule.category, weight: rule.weight, start: from + m.index, end: from + m.index + m[0].length,
          absorbsPraise: rule.absorbsPraise, concedes: rule.concedes, despite: rule.despite });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits;
  };
}

/** Where the first negative verb outside the `skip` ranges (flat [start, end) pairs) is, or -1. */
export type NegativeVerbFinder = (norm: string, skip: readonly number[]) => number;

export function compileNegativeVerb(rule: { pattern: string; exclude: string }, made: RegExp[] = []): NegativeVerbFinder {
  const verb = new RegExp(rule.pattern, 'g');
  const exclude = new RegExp(rule.exclude);
  made.push(verb, exclude);
  return (norm, skip) => {
    verb.lastIndex = 0;
    for (let m = verb.exec(norm); m; m = verb.exec(norm)) {
      const at = m.index;
      if (exclude.test(norm.slice(Math.max(0, at - 4), at + 3))) continue;
      let skipped = false;
      for (let i = 0; i < skip.length; i += 2) if (at + 1 >= skip[i]! && at <= skip[i + 1]! + 2) skipped = true;
      if (!skipped) return at;
    }
    return -1;
  };
}
