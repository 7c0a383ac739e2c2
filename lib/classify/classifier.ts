import type { MatchKind } from '../categories';
import { createTermMatcher, type TermEntry, type TermHit } from '../match/term-matcher';
import { codesToString } from '../text/normalize';
import type { SignalCategory } from './builtin-signals';
import { isDescriptive, isNegated } from './negation';
import { computePriority } from './priority';
import { pickCategory, scoreCategories, type SignalHit } from './score';
import type { ClassifierSpec } from './spec';
import type { Classification, MatchSpan, PostInput } from './types';

// Runs in the content script: no zod, no Node, no DOM, and no word lists of its own (compileSpec puts
// the built-in signals into the spec). One automaton holds every brand term, exclusion, signal and
// urgency word, so a post is scanned once.

/** An urgency word also counts as a weak complaint signal: nobody writes 詐欺 or 発煙 in praise. */
const URGENT_COMPLAINT_WEIGHT = 1;

interface EntryMeta {
  kind: MatchKind | 'exclude';
  term: string;
  weight: number;
  brandId?: string;
}

const BRAND_GROUP_BASE = 0;
const SIGNAL_GROUP = -1;

function collectEntries(spec: ClassifierSpec): { entries: TermEntry[]; meta: EntryMeta[] } {
  const entries: TermEntry[] = [];
  const meta: EntryMeta[] = [];
  const add = (term: string, group: number, m: EntryMeta, exclude = false) => {
    entries.push({ term, group, exclude });
    meta.push(m);
  };
  spec.brands.forEach((b, i) => {
    for (const t of b.terms) add(t, BRAND_GROUP_BASE + i, { kind: 'brand', term: t, weight: 0, brandId: b.id });
    for (const t of b.exclude) add(t, BRAND_GROUP_BASE + i, { kind: 'exclude', term: t, weight: 0, brandId: b.id }, true);
  });
  // Spec order = precedence (pack signals before built-ins): on an identical span the first wins.
  for (const s of spec.signals) for (const t of s.terms) add(t, SIGNAL_GROUP, { kind: s.category, term: t, weight: s.weight });
  for (const t of spec.urgent ?? []) add(t, SIGNAL_GROUP, { kind: 'urgent', term: t, weight: URGENT_COMPLAINT_WEIGHT });
  return { entries, meta };
}

function isSignal(kind: EntryMeta['kind']): kind is SignalCategory | 'urgent' {
  return kind !== 'brand' && kind !== 'exclude';
}

/** Negated signals flip away; a request phrase in a descriptive tense (改善してる) is no request. */
function survives(norm: string, h: TermHit, m: EntryMeta): boolean {
  if (m.kind === 'urgent') return true;
  if (isNegated(norm, h.normStart, h.normEnd)) return false;
  const asks = m.kind === 'request' || (m.kind === 'question' && norm.charCodeAt(h.normEnd - 1) === 0x3066); // …て
  return !asks || !isDescriptive(norm, h.normEnd);
}

/** A signal inside a longer signal is the longer one's business (ますか inside できますか, 請求 inside
 * 二重請求); of identical spans the first entry (pack before built-in) wins. */
function outermostSignals(hits: TermHit[], meta: EntryMeta[]): TermHit[] {
  const signals = hits.filter((h) => isSignal(meta[h.entry]!.kind));
  const seen = new Set<string>();
  return signals.filter((h) => {
    const key = `${h.normStart}:${h.normEnd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !signals.some(
      (o) => o !== h && o.normStart <= h.normStart && h.normEnd <= o.normEnd && o.normEnd - o.normStart > h.normEnd - h.normStart,
    );
  });
}

export function createClassifier(spec: ClassifierSpec): { classify(post: PostInput): Classification } {
  const { entries, meta } = collectEntries(spec);
  const matcher = createTermMatcher(entries);
  return {
    classify(post) {
      const result = matcher.find(post.text);
      const norm = codesToString(result.codes, result.length);
      const matches: MatchSpan[] = [];
      const brands = new Set<string>();
      let urgent = 0;
      for (const h of result.hits) {
        const m = meta[h.entry]!;
        if (m.kind !== 'brand') continue;
        brands.add(m.brandId!);
        matches.push({ kind: 'brand', term: m.term, start: h.start, end: h.end, brandId: m.brandId });
      }
      const signalHits: SignalHit[] = [];
      for (const h of outermostSignals(result.hits, meta)) {
        const m = meta[h.entry]!;
        if (!survives(norm, h, m)) continue;
        if (m.kind === 'urgent') urgent++;
        const category = m.kind === 'urgent' ? 'complaint' : (m.kind as SignalCategory);
        signalHits.push({ category, weight: m.weight, normEnd: h.normEnd });
        matches.push({ kind: m.kind as MatchKind, term: m.term, start: h.start, end: h.end });
      }
      const score = scoreCategories(signalHits, norm);
      const category = pickCategory(score);
      const strength = category === 'other' ? 0 : score[category];
      matches.sort((a, b) => a.start - b.start || b.end - a.end);
      return { id: post.id, brands: [...brands], category, priority: computePriority(category, strength, urgent, post), matches };
    },
  };
}
