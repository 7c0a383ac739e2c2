// A compact Aho–Corasick automaton over UTF-16 code units, in typed arrays.
//
// Why this shape: Japanese terms use thousands of distinct characters, so a dense state × alphabet
// table would be tens of MB. Instead every code unit maps to a small class id (0 = "in no pattern",
// which sends the scan straight back to the root without following failure links), the root keeps a
// dense row (most steps start there), and every other edge lives in one open-addressing hash table.

export interface Automaton {
  /** Code unit → class id; 0 = occurs in no pattern. */
  classOf: Uint16Array;
  /** Root row: class → next state (0 = stay at root). */
  rootNext: Int32Array;
  /** States with exactly one child (most of a Japanese trie) keep it here and skip the hash:
   * onlyClass = its class, or 0 for a leaf, or -1 when the state has several children. */
  onlyClass: Int32Array;
  onlyNext: Int32Array;
  /** Hash table of the edges of states with several children. */
  edgeState: Int32Array;
  edgeClass: Int32Array;
  edgeNext: Int32Array;
  edgeMask: number;
  fail: Int32Array;
  /** Nearest state on the failure chain (excluding itself) that ends a pattern, or 0. */
  dictLink: Int32Array;
  /** The state itself when a pattern ends there, else its dictLink: the first output to report. */
  firstOut: Int32Array;
  /** Pattern ending at the state, or -1. */
  patternAt: Int32Array;
  patternLength: Int32Array;
}

function edgeSlot(state: number, cls: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & mask;
}

export function nextState(a: Automaton, state: number, cls: number): number {
  if (state === 0) return a.rootNext[cls]!;
  const only = a.onlyClass[state]!;
  if (only >= 0) return only === cls ? a.onlyNext[state]! : -1;
  let slot = edgeSlot(state, cls, a.edgeMask);
  for (;;) {
    const s = a.edgeState[slot]!;
    if (s === state && a.edgeClass[slot] === cls) return a.edgeNext[slot]!;
    if (s === -1) return -1;
    slot = (slot + 1) & a.edgeMask;
  }
}

/** Builds the automaton from already-normalised, distinct, non-empty patterns. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [-1];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      if (classOf[code] === 0) classOf[code] = classes++;
      const cls = classOf[code]!;
      let t = children[s]!.get(cls);
      if (t === undefined) {
        t = children.length;
        children.push(new Map());
        ends.push(-1);
        children[s]!.set(cls, t);
      }
      s = t;
    }
    ends[s] = id;
  });
  return compile(children, ends, classOf, classes, patterns);
}

function compile(children: Map<number, number>[], ends: number[], classOf: Uint16Array, classes: number, patterns: readonly string[]): Automaton {
  const states = children.length;
  let edges = 0;
  for (let s = 1; s < states; s++) if (children[s]!.size > 1) edges += children[s]!.size;
  // A sparse table (load ≤ 1/4) keeps misses, which every failure step starts with, to one probe.
  let size = 16;
  while (size < edges * 4) size *= 2;
  const a: Automaton = {
    classOf,
    rootNext: new Int32Array(classes),
    onlyClass: new Int32Array(states),
    onlyNext: new Int32Array(states),
    edgeState: new Int32Array(size).fill(-1),
    edgeClass: new Int32Array(size),
    edgeNext: new Int32Array(size),
    edgeMask: size - 1,
    fail: new Int32Array(states),
    dictLink: new Int32Array(states),
    firstOut: new Int32Array(states),
    patternAt: Int32Array.from(ends),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
  for (const [cls, t] of children[0]!) a.rootNext[cls] = t;
  for (let s = 1; s < states; s++) {
    const kids = children[s]!;
    if (kids.size <= 1) {
      for (const [cls, t] of kids) {
        a.onlyClass[s] = cls;
        a.onlyNext[s] = t;
      }
      continue;
    }
    a.onlyClass[s] = -1;
    for (const [cls, t] of kids) {
      let slot = edgeSlot(s, cls, a.edgeMask);
      while (a.edgeState[slot] !== -1) slot = (slot + 1) & a.edgeMask;
      a.edgeState[slot] = s;
      a.edgeClass[slot] = cls;
      a.edgeNext[slot] = t;
    }
  }
  linkFailures(a, children);
  for (let s = 1; s < states; s++) a.firstOut[s] = a.patternAt[s]! >= 0 ? s : a.dictLink[s]!;
  return a;
}

/** Breadth-first: a state's failure link is the longest proper suffix that is also a trie path. */
function linkFailures(a: Automaton, children: Map<number, number>[]): void {
  const queue: number[] = [];
  for (const t of children[0]!.values()) queue.push(t);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (const [cls, t] of children[s]!) {
      let f = a.fail[s]!;
      let next = nextState(a, f, cls);
      while (next < 0) {
        f = a.fail[f]!;
        next = nextState(a, f, cls);
      }
      a.fail[t] = next;
      const ft = a.fail[t]!;
      a.dictLink[t] = a.patternAt[ft]! >= 0 ? ft : a.dictLink[ft]!;
      queue.push(t);
    }
  }
}
