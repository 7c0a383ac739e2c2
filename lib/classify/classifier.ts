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
  brandId?: string;
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
    for (const t of b.terms) add(t, BRAND_GROUP_BASE + i, { kind: 'brand', term: t, weight: 0, tier: 0, brandId: b.id });
    b.exclude.forEach((t, k) => add(t, BRAND_GROUP_BASE + i, { kind: 'exclude', term: t, weight: 0, tier: 0, brandId: b.id }, b.excludeScripts[k] ?? null));
  });
  // Spec order = precedence (pack signals before built-ins): on an identical span the first wins.
  for (const s of spec.signals) {
    for (const t of s.terms) {
      add(t, SIGNAL_GROUP, { kind: s.category, term: t, weight: s.weight, tier: s.tier ?? 1 });
    }
  }
  for (const u of spec.urgent ?? []) add(u, SIGNAL_GROUP, { kind: 'urgent', term: u, weight: URGENT_COMPLAINT_WEIGHT, tier: 3 });
  return { entries, meta };
}

function isSignal(kind: EntryMeta['kind']): kind is SignalCategory | 'urgent' {
  return kind !== 'brand' && kind !== 'exclude';
}

/** Overlapping signals are read once: the longest, then the strongest, then the leftmost wins (ますか
 * inside できますか, 請求 inside 二重請求, やめてほしい over てほしい, 何考えて over って何); of identical spans
 * the first entry (pack before built-in) wins. Returned in text order. */
function selectSignals(hits: TermHit[], meta: EntryMeta[]): TermHit[] {
  const signals = hits.filter((h) => isSignal(meta[h.entry]!.kind));
  if (signals.length < 2) return signals;
  // Hits arrive in order of their end; without any overlap there is nothing to choose.
  let overlaps = false;
  for (let i = 1; i < signals.length && !overlaps; i++) overlaps = signals[i]!.normStart < signals[i - 1]!.normEnd;
  if (!overlaps) return signals;
  signals.sort((a, b) => (b.normEnd - b.normStart) - (a.normEnd - a.normStart) || meta[b.entry]!.weight - meta[a.entry]!.weight ||
    a.normStart - b.normStart || a.entry - b.entry);
  const kept: TermHit[] = [];
  for (const h of signals) {
    if (!kept.some((k) => k.normStart < h.normEnd && h.normStart < k.normEnd)) kept.push(h);
  }
  return kept.sort((a, b) => a.normStart - b.normStart);
}

interface Read {
  category: SignalCategory | null;
  weight: number;
  negated: boolean;
  /** A rhetorical negative's tail (ないですか, ない？) ends here: what lies in it asks nothing. */
  rhetoricalTo?: number;
}

/** How one signal occurrence counts once negation, tense and sturdiness are read. */
function readSignal(r: Reading, norm: string, h: TermHit, m: EntryMeta): Read {
  const base = m.kind === 'urgent' ? 'complaint' : (m.kind as SignalCategory);
  const negation = r.negationOf(norm, h.normStart, h.normEnd);
  if (negation === 'feared') return { category: null, weight: 0, negated: true };
  if (negation === 'rhetorical') return { category: base, weight: m.weight, negated: false, rhetoricalTo: r.rhetoricalEnd }; // 遅くないですか, してくれない？
  if (negation === 'negated') {
    if (base === 'complaint') return { category: m.kind === 'urgent' ? null : 'praise', weight: m.weight * FLIP_TO_PRAISE, negated: true };
    if (base === 'praise') return { category: 'complaint', weight: Math.max(m.weight, FLIP_TO_COMPLAINT), negated: true };
    // 対応してくれない, 直してくれなかった: the help asked for did not come.
    if (base === 'request') return { category: 'complaint', weight: FLIP_TO_COMPLAINT, negated: true };
    return { category: null, weight: 0, negated: true };
  }
  if (base === 'complaint' && m.kind !== 'urgent' && r.isHypothetical(norm, h.normEnd)) return { category: null, weight: 0, negated: false };
  if (base === 'complaint' && r.isHardly(norm, h.normEnd)) return { category: 'praise', weight: m.weight * FLIP_TO_PRAISE, negated: true };
  const asks = base === 'request' || (base === 'question' && norm.charCodeAt(h.normEnd - 1) === 0x3066); // …て
  if (asks && r.isDescriptive(norm, h.normEnd)) return { category: null, weight: 0, negated: false };
  return { category: base, weight: m.weight, negated: false };
}

function removePraiseWithin(hits: SignalHit[], start: number, end: number): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.category === 'praise' && h.normStart < end && h.normEnd > start) hits.splice(i, 1);
  }
}

export function createClassifier(spec: ClassifierSpec): { classify(post: PostInput): Classification } {
  const { entries, meta } = collectEntries(spec);
  const matcher = createFormMatcher(entries);
  const findPredicates = spec.grammar ? compilePredicates(spec.grammar.predicates) : () => [];
  const negativeVerb = spec.grammar ? compileNegativeVerb(spec.grammar.negativeVerb) : null;
  const reading = compileReading(spec.reading);
  const handleToBrand = new Map<string, string>();
  for (const b of spec.brands) for (const h of b.handles ?? []) handleToBrand.set(h.toLowerCase(), b.id);
  return {
    classify(post) {
      const result = matcher.find(post.text);
      const norm = codesToString(result.codes, result.length);
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
      const signalHits: SignalHit[] = [];
      const spans: number[] = []; // spans already read, which the negative-verb hint must not read again
      let urgent = 0;
      let tier = 0;
      let hardlyEnd = -1;
      let lastEnd = -1;
      let rhetoricalTo = -1;
      for (const h of selectSignals(result.hits, meta)) {
        const m = meta[h.entry]!;
        if (h.normStart === hardlyEnd) continue; // the にくい of 割れにくい, already read with 割れ
        // A bare intensifier (すぎ) right after a signal belongs to it (最高すぎ, 遅すぎ); alone it is excess.
        if (m.term === INTENSIFIER && h.normStart === lastEnd) continue;
        if (h.normStart < rhetoricalTo && meta[h.entry]!.kind === 'question') continue;
        lastEnd = h.normEnd;
        const read = readSignal(reading, norm, h, m);
        if (read.rhetoricalTo !== undefined) rhetoricalTo = read.rhetoricalTo;
        if (read.negated && read.category === 'praise' && reading.isHardly(norm, h.normEnd)) hardlyEnd = h.normEnd;
        if (read.category === 'complaint' && !read.negated && reading.isEasily(norm, h.normEnd)) hardlyEnd = h.normEnd;
        spans.push(h.normStart, h.normEnd);
        if (!read.category) continue;
        if (m.kind === 'urgent' && !read.negated) urgent++;
        if (read.category === 'complaint' && !read.negated) tier = Math.max(tier, m.tier);
        signalHits.push({ category: read.category, weight: read.weight, normStart: h.normStart, normEnd: h.normEnd, shape: m.term === '?', urgent: m.kind === 'urgent' });
        matches.push({ kind: read.negated ? read.category : (m.kind as MatchKind), term: m.term, start: h.start, end: h.end });
      }
      for (const p of findPredicates(norm)) {
        if (p.absorbsPraise) removePraiseWithin(signalHits, p.start, p.end);
        signalHits.push({ category: p.category, weight: p.weight, normStart: p.start, normEnd: p.end, concedes: p.concedes });
      }
      const score = scoreCategories(signalHits, norm, reading, negativeVerb, spans, rhetoricalTo);
      const category = pickCategory(score);
      const strength = category === 'other' ? 0 : score[category];
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      const priority = computePriority({ category, strength, urgent, tier: category === 'complaint' ? Math.max(tier, 1) : 0, addressed }, post, spec.priority);
      return { id: post.id, brands: [...brands], category, priority, matches, scores: score };
    },
  };
}
