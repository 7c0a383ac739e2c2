import type { MatchKind } from '../categories';
import { createFormMatcher, type FormEntry, type TermHit } from '../match/term-matcher';
import { codesToString } from '../text/normalize';
import type { SignalCategory } from './builtin-signals';
import { findHandles } from './handles';
import { compileNegativeVerb, compilePredicates } from './predicates';
import { computePriority } from './priority';
import { compileReading, type Reading } from './reading';
import { pickCategory, scoreCategories, type SignalHit } from './score';
import type { ClassifierSpec } from './spec';
import type { Classification, MatchSpan, PostInput } from './types';

// Runs in the content script: no zod, no Node, no DOM, and no word lists of its own (compileSpec puts
// the built-in signals into the spec). One automaton holds every brand term, exclusion, signal and
// urgency word (with their inflections, inflect.ts), so a post is scanned once.

/** An urgency word also counts as a weak complaint signal: nobody writes 詐欺 or 発煙 in praise. */
const URGENT_COMPLAINT_WEIGHT = 1;
/** A denied complaint word is mild praise (悪くない, 不満はない); a denied praise word is a complaint (良くない). */
const FLIP_TO_PRAISE = 0.5;
const FLIP_TO_COMPLAINT = 1;

interface EntryMeta {
  kind: MatchKind | 'exclude';
  term: string;
  weight: number;
  /** Complaint severity (3 cannot use at all, 2 broken or slow, 1 annoyed), from the spec. */
  tier: number;
  brandId: string | undefined;
}

/** Every entry's meta has the same shape (brandId always present), so the hot loops read it monomorphically. */
function metaOf(kind: EntryMeta['kind'], term: string, weight: number, tier: number, brandId?: string): EntryMeta {
  return { kind, term, weight, tier, brandId };
}

/** The built-in complaint term that is only an intensifier when it follows another signal. */
const INTENSIFIER = 'すぎ';

const BRAND_GROUP_BASE = 0;
const SIGNAL_GROUP = -1;

function collectEntries(spec: ClassifierSpec): { entries: FormEntry[]; meta: EntryMeta[] } {
  const entries: FormEntry[] = [];
  const meta: EntryMeta[] = [];
  const forms = new Map(spec.forms);
  const add = (term: string, group: number, m: EntryMeta, scripts?: number[] | null) => {
    entries.push({ form: forms.get(term) ?? term, group, exclude: scripts !== undefined, scripts });
    meta.push(m);
  };
  spec.brands.forEach((b, i) => {
    for (const t of b.terms) add(t, BRAND_GROUP_BASE + i, metaOf('brand', t, 0, 0, b.id));
    b.exclude.forEach((t, k) => add(t, BRAND_GROUP_BASE + i, metaOf('exclude', t, 0, 0, b.id), b.excludeScripts[k] ?? null));
  });
  // Spec order = precedence (pack signals before built-ins): on an identical span the first wins.
  for (const s of spec.signals) {
    for (const t of s.terms) {
      add(t, SIGNAL_GROUP, metaOf(s.category, t, s.weight, s.tier ?? 1));
    }
  }
  for (const u of spec.urgent ?? []) add(u, SIGNAL_GROUP, metaOf('urgent', u, URGENT_COMPLAINT_WEIGHT, 3));
  return { entries, meta };
}

function isSignal(kind: EntryMeta['kind']): kind is SignalCategory | 'urgent' {
  return kind !== 'brand' && kind !== 'exclude';
}

/** Overlapping signals are read once: the longest, then the strongest, then the leftmost wins (ますか
 * inside できますか, 請求 inside 二重請求, やめてほしい over てほしい, 何考えて over って何); of identical spans
 * the first entry (pack before built-in) wins. Returned in text order. */
function selectSignals(hits: TermHit[], meta: EntryMeta[]): TermHit[] {
  const signals: TermHit[] = [];
  for (const h of hits) if (isSignal(meta[h.entry]!.kind)) signals.push(h);
  if (signals.length < 2) return signals;
  // Hits arrive in order of their end; without any overlap there is nothing to choose.
  let overlaps = false;
  for (let i = 1; i < signals.length && !overlaps; i++) overlaps = signals[i]!.normStart < signals[i - 1]!.normEnd;
  if (!overlaps) return signals;
  sortShort(signals, (a, b) => (b.normEnd - b.normStart) - (a.normEnd - a.normStart) || meta[b.entry]!.weight - meta[a.entry]!.weight ||
    a.normStart - b.normStart || a.entry - b.entry);
  const kept: TermHit[] = [];
  next: for (const h of signals) {
    for (const k of kept) if (k.normStart < h.normEnd && h.normStart < k.normEnd) continue next;
    kept.push(h);
  }
  return sortShort(kept, (a, b) => a.normStart - b.normStart);
}

/** Array.prototype.sort, stable and in place, for the few hits of one post: its set-up costs more than
 * the sorting at these sizes (an insertion sort, inlined, is several times faster below ~30 items). */
function sortShort<T>(a: T[], order: (x: T, y: T) => number): T[] {
  if (a.length > 30) return a.sort(order);
  for (let i = 1; i < a.length; i++) {
    const x = a[i]!;
    let j = i - 1;
    for (; j >= 0 && order(a[j]!, x) > 0; j--) a[j + 1] = a[j]!;
    a[j + 1] = x;
  }
  return a;
}

interface Read {
  category: SignalCategory | null;
  weight: number;
  negated: boolean;
  /** A rhetorical negative's tail (ないですか, ない？) ends here: what lies in it asks nothing. */
  rhetoricalTo?: number;
}

/** Every read has one shape (and every signal hit below), so the loops that use them stay monomorphic. */
const readAs = (category: SignalCategory | null, weight: number, negated: boolean, rhetoricalTo?: number): Read => ({ category, weight, negated, rhetoricalTo });

function signalHit(category: SignalCategory, weight: number, normStart: number, normEnd: number, concedes = false, shape = false, urgent = false): SignalHit {
  return { category, weight, normStart, normEnd, concedes, shape, urgent };
}

/** How one signal occurrence counts once negation, tense and sturdiness are read. */
function readSignal(r: Reading, norm: string, h: TermHit, m: EntryMeta): Read {
  const base = m.kind === 'urgent' ? 'complaint' : (m.kind as SignalCategory);
  const negation = r.negationOf(norm, h.normStart, h.normEnd);
  if (negation === 'feared') return readAs(null, 0, true);
  if (negation === 'rhetorical') return readAs(base, m.weight, false, r.rhetoricalEnd); // 遅くないですか, してくれない？
  if (negation === 'negated') {
    if (base === 'complaint') return readAs(m.kind === 'urgent' ? null : 'praise', m.weight * FLIP_TO_PRAISE, true);
    if (base === 'praise') return readAs('complaint', Math.max(m.weight, FLIP_TO_COMPLAINT), true);
    // 対応してくれない, 直してくれなかった: the help asked for did not come.
    if (base === 'request') return readAs('complaint', FLIP_TO_COMPLAINT, true);
    return readAs(null, 0, true);
  }
  if (base === 'complaint' && m.kind !== 'urgent' && r.isHypothetical(norm, h.normEnd)) return readAs(null, 0, false);
  if (base === 'complaint' && r.isHardly(norm, h.normEnd)) return readAs('praise', m.weight * FLIP_TO_PRAISE, true);
  const asks = base === 'request' || (base === 'question' && norm.charCodeAt(h.normEnd - 1) === 0x3066); // …て
  if (asks && r.isDescriptive(norm, h.normEnd)) return readAs(null, 0, false);
  return readAs(base, m.weight, false);
}

function praiseAfter(hits: SignalHit[], at: number): boolean {
  for (const h of hits) if (h.category === 'praise' && h.normStart >= at) return true;
  return false;
}

function removePraiseWithin(hits: SignalHit[], start: number, end: number): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.category === 'praise' && h.normStart < end && h.normEnd > start) hits.splice(i, 1);
  }
}

export interface ClassifierOptions {
  /** Read only posts that name a brand (by term, official account or reply). A post naming none comes
   * back at once after the scan, unread: category 'other', priority 0, no matches. For the page, which
   * shows nothing for such a post, and most posts of a timeline are such posts; everything that reports
   * on every post (pack tester, CLI, labelled sets) reads them in full, the default. */
  brandPostsOnly?: boolean;
}

export type Classifier = {
  classify(post: PostInput): Classification;
  /** The grammar's patterns, for warmPatterns. */
  patterns: readonly RegExp[];
};

/**
 * Has the engine compile the classifier's patterns before the page reads posts with them, from the
 * `from`th on, until `budgetMs` has passed; returns where it stopped (patterns.length when all are).
 * V8 compiles a pattern at its first use and again, to machine code, at its second: 3 ms and 0.5 ms
 * for the reading's negation pattern in Node on this project's machine, and on the page the first
 * brand posts' classification took 6–12 ms in one task, as a reading slice that has 3 ms in all.
 */
export function warmPatterns(patterns: readonly RegExp[], from: number, budgetMs: number): number {
  const start = performance.now();
  let i = from;
  // At least one a call, however small the budget: a caller that loops until all are done ends.
  while (i < patterns.length) {
    const re = patterns[i++]!;
    // Japanese text: V8 compiles a pattern once for each string width, and posts are Japanese.
    re.test('あ');
    re.test('あ');
    re.lastIndex = 0;
    if (performance.now() - start >= budgetMs) break;
  }
  return i;
}

export function createClassifier(spec: ClassifierSpec, options: ClassifierOptions = {}): Classifier {
  return classifierInSteps(spec, options)();
}

/**
 * The classifier built in two steps, each about half of the work: the page runs them in two tasks
 * (lib/content/pipeline.ts). At the demo pack's 4,000 terms the build took the page 75–110 ms in one
 * task when the packs arrived, which would hold up a frame; the longer half now takes 44–55 ms.
 */
export function classifierInSteps(spec: ClassifierSpec, { brandPostsOnly }: ClassifierOptions = {}): () => Classifier {
  const { entries, meta } = collectEntries(spec);
  return () => classifierOf(spec, entries, meta, brandPostsOnly);
}

function classifierOf(spec: ClassifierSpec, entries: FormEntry[], meta: EntryMeta[], brandPostsOnly: boolean | undefined): Classifier {
  const matcher = createFormMatcher(entries);
  const patterns: RegExp[] = [];
  const findPredicates = spec.grammar ? compilePredicates(spec.grammar.predicates, patterns) : () => [];
  const negativeVerb = spec.grammar ? compileNegativeVerb(spec.grammar.negativeVerb, patterns) : null;
  const reading = compileReading(spec.reading, patterns);
  const handleToBrand = new Map<string, string>();
  for (const b of spec.brands) for (const h of b.handles ?? []) handleToBrand.set(h.toLowerCase(), b.id);
  return {
    patterns,
    classify(post) {
      const result = matcher.find(post.text);
      const matches: MatchSpan[] = [];
      const brands = new Set<string>();
      let addressed = false;
      for (const h of result.hits) {
        const m = meta[h.entry]!;
        if (m.kind !== 'brand') continue;
        brands.add(m.brandId!);
        matches.push({ kind: 'brand', term: m.term, start: h.start, end: h.end, brandId: m.brandId });
      }
      if (handleToBrand.size > 0) {
        for (const at of findHandles(post.text, handleToBrand)) {
          brands.add(at.brandId);
          addressed = true;
          matches.push({ kind: 'brand', term: `@${at.handle}`, start: at.start, end: at.end, brandId: at.brandId });
        }
        for (const h of post.replyTo ?? []) {
          const id = handleToBrand.get(h.replace(/^@/, '').toLowerCase());
          if (id) {
            brands.add(id);
            addressed = true;
          }
        }
      }
      if (brandPostsOnly && brands.size === 0) return { id: post.id, brands: [], category: 'other', priority: 0, matches };
      const norm = codesToString(result.codes, result.length); // the scan's buffer, before anything scans again
      const signalHits: SignalHit[] = [];
      const spans: number[] = []; // spans already read, which the negative-verb hint must not read again
      let urgent = 0;
      let tier = 0;
      let hardlyEnd = -1;
      let lastEnd = -1;
      let rhetoricalTo = -1;
      let negatedTo = -1;
      for (const h of selectSignals(result.hits, meta)) {
        const m = meta[h.entry]!;
        if (h.normStart === hardlyEnd) continue; // the にくい of 割れにくい, already read with 割れ
        // A bare intensifier (すぎ) right after a signal belongs to it (最高すぎ, 遅すぎ); alone it is excess.
        if (m.term === INTENSIFIER && h.normStart === lastEnd) continue;
        if (h.normStart < rhetoricalTo && meta[h.entry]!.kind === 'question') continue;
        if (h.normStart < negatedTo && (m.kind === 'complaint' || m.kind === 'urgent')) continue;
        lastEnd = h.normEnd;
        const read = readSignal(reading, norm, h, m);
        if (read.rhetoricalTo !== undefined) rhetoricalTo = read.rhetoricalTo;
        if (read.negated && read.category && read.category !== m.kind) negatedTo = reading.negationEnd;
        if (read.negated && read.category === 'praise' && reading.isHardly(norm, h.normEnd)) hardlyEnd = h.normEnd;
        if (read.category === 'complaint' && !read.negated && reading.isEasily(norm, h.normEnd)) hardlyEnd = h.normEnd;
        // A negation's tail (エラーが|一度も出ない) is read with its signal: the negative-verb hint skips it too.
        spans.push(h.normStart, read.negated ? Math.max(h.normEnd, reading.negationEnd) : h.normEnd);
        if (!read.category) continue;
        if (m.kind === 'urgent' && !read.negated) urgent++;
        if (read.category === 'complaint' && !read.negated) tier = Math.max(tier, m.tier);
        signalHits.push(signalHit(read.category, read.weight, h.normStart, h.normEnd, false, m.term === '?', m.kind === 'urgent'));
        matches.push({ kind: read.negated ? read.category : (m.kind as MatchKind), term: m.term, start: h.start, end: h.end });
      }
      for (const p of findPredicates(norm)) {
        if (p.absorbsPraise) removePraiseWithin(signalHits, p.start, p.end);
        // "Despite …" with good news after it (雑に扱ってるのに傷ひとつ付かない) concedes what it follows.
        if (p.despite && praiseAfter(signalHits, p.end)) {
          signalHits.push(signalHit('praise', 0, p.start, p.end, true));
          continue;
        }
        signalHits.push(signalHit(p.category, p.weight, p.start, p.end, p.concedes));
      }
      const score = scoreCategories(signalHits, norm, reading, negativeVerb, spans, rhetoricalTo);
      const category = pickCategory(score);
      const strength = category === 'other' ? 0 : score[category];
      sortShort(matches, (a, b) => a.start - b.start || b.end - a.end);
      const priority = computePriority({ category, strength, urgent, tier: category === 'complaint' ? Math.max(tier, 1) : 0, addressed }, post, spec.priority);
      return { id: post.id, brands: [...brands], category, priority, matches, scores: score };
    },
  };
}
