import type { Automaton } from './automaton';

/** Where a scan writes its matches: pairs (pattern, end offset in the normalised text). Grown as
 * needed and reused across posts, so a scan allocates nothing and calls no callback per match. */
export interface MatchSink {
  pairs: Int32Array;
}

export function createMatchSink(): MatchSink {
  return { pairs: new Int32Array(256) };
}

function grow(sink: MatchSink): Int32Array {
  const bigger = new Int32Array(sink.pairs.length * 2);
  bigger.set(sink.pairs);
  return (sink.pairs = bigger);
}

// The hot loop keeps everything in locals and inlines the transition (automaton.ts `nextState`):
// under Node's module loaders a call to an imported function can cost a getter call per character.

/** Runs the automaton over `codes[0..n)`, records every occurrence of every pattern (overlapping ones
 * included) in `sink`, and returns how many. A match of pattern p ending at e starts at
 * e - a.patternLength[p]. */
export function scan(a: Automaton, codes: Uint16Array, n: number, sink: MatchSink): number {
  const { classOf, rootNext, onlyClass, onlyNext, edgeState, edgeClass, edgeNext, edgeMask, fail, patternAt, dictLink, firstOut } = a;
  let pairs = sink.pairs;
  let found = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const cls = classOf[codes[i]!]!;
    if (cls === 0) {
      s = 0; // a character in no pattern: nothing can continue through it
      continue;
    }
    // Follow failure links until some state has an edge for cls; the root always "has" one.
    step: while (s !== 0) {
      const only = onlyClass[s]!;
      if (only === cls) {
        s = onlyNext[s]!;
        break;
      }
      if (only < 0) {
        let slot = (Math.imul(s, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & edgeMask;
        for (let e = edgeState[slot]!; e !== -1; e = edgeState[slot]!) {
          if (e === s && edgeClass[slot] === cls) {
            s = edgeNext[slot]!;
            break step;
          }
          slot = (slot + 1) & edgeMask;
        }
      }
      s = fail[s]!;
    }
    if (s === 0) s = rootNext[cls]!;
    for (let o = firstOut[s]!; o > 0; o = dictLink[o]!) {
      if (found * 2 + 2 > pairs.length) pairs = grow(sink);
      pairs[found * 2] = patternAt[o]!;
      pairs[found * 2 + 1] = i + 1;
      found++;
    }
  }
  return found;
}
