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

/** An open-addressing table of edges (state, class) → next state. */
type EdgeTable = Pick<Automaton, 'edgeState' | 'edgeClass' | 'edgeNext' | 'edgeMask'>;

function edgeTable(atLeast: number): EdgeTable {
  let size = 16;
  while (size < atLeast) size *= 2;
  return { edgeState: new Int32Array(size).fill(-1), edgeClass: new Int32Array(size), edgeNext: new Int32Array(size), edgeMask: size - 1 };
}

/** The edge's slot in the table, or the free slot where it would go. */
function slotOf(t: EdgeTable, state: number, cls: number): number {
  let slot = (Math.imul(state, 0x9e3779b1) ^ Math.imul(cls, 0x85ebca6b)) & t.edgeMask;
  while (t.edgeState[slot] !== -1 && (t.edgeState[slot] !== state || t.edgeClass[slot] !== cls)) slot = (slot + 1) & t.edgeMask;
  return slot;
}

function setEdge(t: EdgeTable, slot: number, state: number, cls: number, next: number): void {
  t.edgeState[slot] = state;
  t.edgeClass[slot] = cls;
  t.edgeNext[slot] = next;
}

export function nextState(a: Automaton, state: number, cls: number): number {
  if (state === 0) return a.rootNext[cls]!;
  const only = a.onlyClass[state]!;
  if (only >= 0) return only === cls ? a.onlyNext[state]! : -1;
  const slot = slotOf(a, state, cls);
  return a.edgeState[slot] === -1 ? -1 : a.edgeNext[slot]!;
}

/**
 * Builds the automaton from already-normalised, distinct, non-empty patterns. The trie grows in flat
 * typed arrays (each state's parent, the class of the edge into it, its depth) and one edge table, not
 * a Map per state: a pack of 4,000 terms makes 10,000 states, and their Maps took the page 40–60 ms
 * of the 75–110 ms its matcher's build cost when the packs arrived.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  // At most one state per code unit of the patterns, and the root.
  let states = 1;
  for (const p of patterns) states += p.length;
  const trie = edgeTable(states * 2);
  const parent = new Int32Array(states);
  const via = new Int32Array(states);
  const depth = new Int32Array(states);
  const children = new Int32Array(states);
  const ends = new Int32Array(states).fill(-1);
  states = 1;
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const code = p.charCodeAt(i);
      const cls = (classOf[code] ||= classes++);
      const slot = slotOf(trie, s, cls);
      if (trie.edgeState[slot] === -1) {
        setEdge(trie, slot, s, cls, states);
        parent[states] = s;
        via[states] = cls;
        depth[states] = depth[s]! + 1;
        children[s]!++;
        states++;
      }
      s = trie.edgeNext[slot]!;
    }
    ends[s] = id;
  });
  let edges = 0;
  for (let s = 1; s < states; s++) if (children[s]! > 1) edges += children[s]!;
  const a: Automaton = {
    classOf,
    rootNext: new Int32Array(classes),
    onlyClass: new Int32Array(states),
    onlyNext: new Int32Array(states),
    // A sparse table (load ≤ 1/4) keeps misses, which every failure step starts with, to one probe.
    ...edgeTable(edges * 4),
    fail: new Int32Array(states),
    dictLink: new Int32Array(states),
    firstOut: new Int32Array(states),
    patternAt: ends.slice(0, states),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
  // Every state but the root, shallowest first: a failure link points to a shallower state.
  const byDepth = Int32Array.from({ length: states - 1 }, (_, i) => i + 1).sort((x, y) => depth[x]! - depth[y]!);
  for (const t of byDepth) {
    const s = parent[t]!;
    if (s === 0) a.rootNext[via[t]!] = t;
    else if (children[s] === 1) {
      a.onlyClass[s] = via[t]!;
      a.onlyNext[s] = t;
    } else {
      a.onlyClass[s] = -1;
      setEdge(a, slotOf(a, s, via[t]!), s, via[t]!, t);
    }
  }
  // Breadth-first: a state's failure link is the longest proper suffix that is also a trie path.
  for (const t of byDepth) {
    if (parent[t] === 0) continue;
    let f = a.fail[parent[t]!]!;
    let next: number;
    while ((next = nextState(a, f, via[t]!)) < 0) f = a.fail[f]!;
    a.fail[t] = next;
    a.dictLink[t] = a.patternAt[next]! >= 0 ? next : a.dictLink[next]!;
  }
  for (let s = 1; s < states; s++) a.firstOut[s] = a.patternAt[s]! >= 0 ? s : a.dictLink[s]!;
  return a;
}
