import { foldExpressive, foldExpressiveSource } from '../text/fold-expressive';
import { codesToString, createNormBuffer, normalizeInto, normalizeTerm, type NormBuffer } from '../text/normalize';
import { buildAutomaton } from './automaton';
import { suppressExcluded, termScripts } from './exclusions';
import { createMatchSink, scan } from './scan';
import { edgeFlags, onWordBoundary } from './word-boundary';

/** A term to find. Entries with `exclude` suppress hits of the same `group` that fall inside them. */
export interface TermEntry {
  term: string;
  group: number;
  exclude?: boolean;
}

/**
 * A term already in the automaton's form (termForm), with, for an exclusion, the script of each of
 * its units (termScripts). The content script builds its matcher from these, which the background
 * computes (compileSpec), so the page carries no term normaliser.
 */
export interface FormEntry {
  form: string;
  group: number;
  exclude?: boolean;
  scripts?: readonly number[] | null;
}

/** One occurrence: offsets in the original text and in the normalised text (end exclusive). */
export interface TermHit {
  entry: number;
  start: number;
  end: number;
  normStart: number;
  normEnd: number;
}

export interface MatchResult {
  hits: TermHit[];
  /** The normalised text's code units (valid until the next `find`) and its length. */
  codes: Uint16Array;
  length: number;
}

export interface TermMatcher {
  find(text: string): MatchResult;
}

/** Several entries may normalise to the same pattern: pattern → its entries, in compressed rows. */
function groupPatterns(entries: readonly FormEntry[]) {
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const p = e.form;
    if (p.length === 0) return;
    const list = index.get(p);
    if (list) list.push(i);
    else index.set(p, [i]);
  });
  const patterns = [...index.keys()];
  const rowStart = new Int32Array(patterns.length + 1);
  const rows: number[] = [];
  patterns.forEach((p, i) => {
    rowStart[i] = rows.length;
    rows.push(...index.get(p)!);
  });
  rowStart[patterns.length] = rows.length;
  return { patterns, rowStart, rows: Int32Array.from(rows) };
}

/** A matcher for terms as written (tests, tools, the panel): forms computed here. */
export function createTermMatcher(entries: readonly TermEntry[]): TermMatcher {
  return createFormMatcher(entries.map(formEntry));
}

export function formEntry(e: TermEntry): FormEntry {
  return { form: termForm(e.term), group: e.group, exclude: e.exclude, scripts: e.exclude ? termScripts(e.term) : null };
}

export function createFormMatcher(entries: readonly FormEntry[]): TermMatcher {
  const { patterns, rowStart, rows } = groupPatterns(entries);
  const automaton = buildAutomaton(patterns);
  const flags = Uint8Array.from(patterns, edgeFlags);
  const hasExclusions = entries.some((e) => e.exclude);
  const { patternLength } = automaton;
  const buf: NormBuffer = createNormBuffer();
  const sink = createMatchSink();
  return {
    find(text) {
      const n = foldExpressive(buf, normalizeInto(text, buf), text);
      const { codes, map } = buf;
      const found = scan(automaton, codes, n, sink);
      const pairs = sink.pairs;
      const hits: TermHit[] = [];
      for (let k = 0; k < found; k++) {
        const p = pairs[2 * k]!;
        const e = pairs[2 * k + 1]!;
        const s = e - patternLength[p]!;
        if (flags[p] !== 0 && !onWordBoundary(codes, n, s, e, flags[p]!)) continue;
        for (let r = rowStart[p]!; r < rowStart[p + 1]!; r++) {
          hits.push({ entry: rows[r]!, start: map[s]!, end: map[e]!, normStart: s, normEnd: e });
        }
      }
      return { hits: hasExclusions ? suppressExcluded(hits, entries, text, map) : hits, codes, length: n };
    },
  };
}

const formBuffer = createNormBuffer();

/** The text the automaton reads: normalised, stretched spellings folded. For tests and tools. */
export function matchForm(text: string): string {
  const n = foldExpressive(formBuffer, normalizeInto(text, formBuffer), text);
  return codesToString(formBuffer.codes, n);
}

/** A term as the automaton holds it. */
export function termForm(term: string): string {
  return normalizeTerm(foldExpressiveSource(term));
}
