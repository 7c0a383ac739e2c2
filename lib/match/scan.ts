import type { Automaton } from './automaton';

/** Called for every occurrence, overlapping ones included; offsets are in the normalised text. */
export type OnMatch = (pattern: number, start: number, end: number) => void;

// The hot loop keeps everything in locals and inlines the transition (automaton.ts `nextState`):
// under Node's module loaders a call to an imported function can cost a getter call per character.

/** Runs the automaton over `codes[0..n)` and reports every occurrence of every pattern. */
export function scan(a: Automaton, codes: Uint16Array, n: number, onMatch: OnMatch): void {
  const { classOf, rootNext, onlyClass, onlyNext, edgeState, edgeClass, edgeNext, edgeMask, fail, patternAt, patternLength, dictLink } = a;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const cls = classOf[codes[i]!]!;
    if (cls === 0) {
      s = 0;
      continue;
    }
    for (;;) {
      if (s === 0) {
        s = rootNext[cls]!;
        break;
      }
      const only = onlyClass[s]!;
      let t = -1;
      if (only === cls) t = onlyNext[s]!;
      else if (only < 0) {
        let slot = (Math.imul(s, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & edgeMask;
        for (let e = edgeState[slot]!; e !== -1; e = edgeState[slot]!) {
          if (e === s && edgeClass[slot] === cls) {
            t = edgeNext[slot]!;
            break;
          }
          slot = (slot + 1) & edgeMask;
        }
      }
      if (t >= 0) {
        s = t;
        break;
      }
      s = fail[s]!;
    }
    let o = patternAt[s]! >= 0 ? s : dictLink[s]!;
    while (o > 0) {
      const p = patternAt[o]!;
      onMatch(p, i + 1 - patternLength[p]!, i + 1);
      o = dictLink[o]!;
    }
  }
}
