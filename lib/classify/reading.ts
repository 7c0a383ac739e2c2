import type { ReadingGrammar } from './builtin-grammar';

// Reads a signal occurrence in its context: negated, feared, rhetorical, hypothetical, describing;
// and the post's own shape (a contrast, a questioning end). The patterns and why they read as they do
// are in builtin-grammar.ts (READING); they come with the spec, so the content script only compiles them.

export type Negation = 'none' | 'negated' | 'feared' | 'rhetorical';

export interface Reading {
  negationOf(norm: string, start: number, end: number): Negation;
  /** Where the last rhetorical tail read by negationOf ended (its ですか/？ belong to it, not to a question). */
  rhetoricalEnd: number;
  /** Where the last negation read by negationOf ended: trouble words inside it (ストレスが|消えた, ノイズ|少なく)
   * are part of the negation, not trouble of their own. */
  negationEnd: number;
  isDescriptive(norm: string, end: number): boolean;
  isHypothetical(norm: string, end: number): boolean;
  isHardly(norm: string, end: number): boolean;
  isEasily(norm: string, end: number): boolean;
  /** Where the last contrast (けど, でも, but) starts, or -1. */
  lastContrast(norm: string): number;
  endsAsQuestion(norm: string): boolean;
}

/** Whether と or っ (every feared reading has one) occurs within `window` units after `end`. */
function quoteNear(norm: string, end: number, window: number): boolean {
  const stop = Math.min(norm.length, end + window);
  for (let i = end; i < stop; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x3068 || c === 0x3063) return true;
  }
  return false;
}

/** Trailing punctuation, laughter (笑, w after Japanese), emoji and spaces say nothing about asking. */
function isTrailing(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return true; // emoji (astral)
  if (c === 0x77) return i > 0 && norm.charCodeAt(i - 1) >= 0x80; // ｗｗ after Japanese
  return ' \n.,!。、…・)(笑\ufe0f'.includes(norm[i]!) || (c >= 0x2600 && c <= 0x27bf);
}

/** A sticky pattern tested right at `at`. */
function stickyTest(source: string, made: RegExp[]): (norm: string, at: number) => boolean {
  const re = new RegExp(source, 'y');
  made.push(re);
  return (norm, at) => {
    re.lastIndex = at;
    return re.test(norm);
  };
}

/** `made` receives every pattern compiled here (see warmPatterns in classifier.ts). */
export function compileReading(g: ReadingGrammar, made: RegExp[] = []): Reading {
  const negation = new RegExp(g.negation, 'y');
  const feared = stickyTest(g.feared, made);
  const rhetorical = new RegExp(g.rhetorical, 'y');
  const beforeEn = new RegExp(g.beforeEn);
  const contrast = new RegExp(g.contrast, 'g');
  const questionEnd = new RegExp(g.questionEnd);
  const questionStartEn = new RegExp(g.questionStartEn);
  made.push(negation, rhetorical, beforeEn, contrast, questionEnd, questionStartEn);
  const reading: Reading = {
    rhetoricalEnd: -1,
    negationEnd: -1,
    negationOf(norm, start, end) {
      reading.negationEnd = end;
      if (quoteNear(norm, end, 10) && feared(norm, end)) return 'feared';
      negation.lastIndex = end;
      // test, not exec: a sticky match ends at lastIndex, and no match array is made per signal.
      if (negation.test(norm)) {
        reading.negationEnd = rhetorical.lastIndex = negation.lastIndex;
        if (!rhetorical.test(norm)) return 'negated';
        reading.rhetoricalEnd = rhetorical.lastIndex;
        return 'rhetorical';
      }
      if (norm.charCodeAt(start) < 0x80 && beforeEn.test(norm.slice(Math.max(0, start - 20), start))) return 'negated';
      return 'none';
    },
    isDescriptive: stickyTest(g.descriptive, made),
    isHypothetical: stickyTest(g.hypothetical, made),
    isHardly: stickyTest(g.hardly, made),
    isEasily: stickyTest(g.easily, made),
    lastContrast(norm) {
      let last = -1;
      contrast.lastIndex = 0;
      for (let m = contrast.exec(norm); m; m = contrast.exec(norm)) last = m.index;
      return last;
    },
    endsAsQuestion(norm) {
      let end = norm.length;
      while (end > 0 && isTrailing(norm, end - 1)) end--;
      if (questionEnd.test(norm.slice(Math.max(0, end - 6), end))) return true;
      return norm.charCodeAt(0) < 0x80 && questionStartEn.test(norm.slice(0, end));
    },
  };
  return reading;
}
