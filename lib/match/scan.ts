import type { Automaton } from './automaton';
import { nextState } from './automaton';

/** Called for every occurrence, overlapping ones included; offsets are in the normalised text. */
export type OnMatch = (pattern: number, start: number, end: number) => void;

/** Runs the automaton over `codes[0..n)` and reports every occurrence of every pattern. */
export function scan(a: Automaton, codes: Uint16Array, n: number, onMatch: OnMatch): void {
  const { classOf, patternAt, patternLength, dictLink, fail } = a;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const cls = classOf[codes[i]!]!;
    if (cls === 0) {
      s = 0;
      continue;
    }
    let t = nextState(a, s, cls);
    while (t < 0) {
      s = fail[s]!;
      t = nextState(a, s, cls);
    }
    s = t;
    let o = patternAt[s]! >= 0 ? s : dictLink[s]!;
    while (o > 0) {
      const p = patternAt[o]!;
      onMatch(p, i + 1 - patternLength[p]!, i + 1);
      o = dictLink[o]!;
    }
  }
}
