import type { Pack } from '../pack/schema';
import { NEGATIVE_VERB, PREDICATES, READING, REPORTS } from './builtin-grammar';
import { BUILTIN_SIGNALS, COMPLAINT_TIER_2, COMPLAINT_TIER_3, URGENT_TERMS, type SignalCategory } from './builtin-signals';
import { termScripts } from '../match/exclusions';
import { termForm } from '../match/term-matcher';
import { inflections } from './inflect';
import { PRIORITY_RULES } from './priority-rules';
import type { ClassifierSpec } from './spec';

// Merges the active packs, first = highest precedence, into the plain-JSON spec the background hands
// to content scripts. A brand id defined by two packs is taken from the first. The built-in signals
// and urgency words are appended HERE, after the packs' own signals (so a pack's reading of a term
// wins), rather than inside the classifier: they are ~10 KB of word lists that then travel once in
// the spec message instead of sitting in the content script bundle (budget < 40 KB).

const DEFAULT_WEIGHT = 1;

/** FNV-1a over the spec's JSON: equal content → equal revision, so content scripts can skip a rebuild. */
function revisionOf(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const TIER_OF = new Map<string, number>([...COMPLAINT_TIER_2.map((t) => [t, 2] as const), ...COMPLAINT_TIER_3.map((t) => [t, 3] as const)]);

/** Complaint terms are grouped by severity tier (for the priority); other categories have none. */
function builtinSignals(): ClassifierSpec['signals'] {
  const out: ClassifierSpec['signals'] = [];
  for (const [category, byWeight] of Object.entries(BUILTIN_SIGNALS) as [SignalCategory, Record<number, string[]>][]) {
    for (const [w, terms] of Object.entries(byWeight)) {
      const weight = Number(w);
      if (category !== 'complaint') {
        out.push({ category, terms: [...terms], weight });
        continue;
      }
      const byTier = new Map<number, string[]>();
      for (const t of terms) {
        const tier = TIER_OF.get(t) ?? (weight >= 2 ? 2 : 1);
        byTier.set(tier, [...(byTier.get(tier) ?? []), t]);
      }
      for (const [tier, list] of byTier) out.push({ category, terms: list, weight, tier });
    }
  }
  return out;
}

function formsOf(brands: ClassifierSpec['brands'], signals: ClassifierSpec['signals'], urgent: string[]): [string, string][] {
  const forms = new Map<string, string>();
  const add = (t: string) => {
    const form = termForm(t);
    if (form !== t) forms.set(t, form);
  };
  for (const b of brands) [...b.terms, ...b.exclude].forEach(add);
  for (const s of signals) s.terms.forEach(add);
  urgent.forEach(add);
  return [...forms];
}

export function compileSpec(packs: Pack[], options: { builtins?: boolean } = {}): ClassifierSpec {
  const builtins = options.builtins !== false;
  const brands: ClassifierSpec['brands'] = [];
  const seen = new Set<string>();
  const signals: ClassifierSpec['signals'] = [];
  for (const pack of packs) {
    for (const b of pack.brands) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      const handles = (b.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase());
      const exclude = [...(b.exclude ?? [])];
      brands.push({ id: b.id, name: b.name, terms: [...b.terms], exclude, excludeScripts: exclude.map(termScripts), ...(handles.length ? { handles } : {}) });
    }
    for (const s of pack.signals ?? []) signals.push({ category: s.category, terms: [...s.terms], weight: s.weight ?? DEFAULT_WEIGHT });
  }
  if (builtins) signals.push(...builtinSignals());
  // Every signal is searched in its inflections too (inflect.ts), expanded here rather than in the
  // content script.
  const inflected = signals.map((s) => ({ ...s, terms: [...new Set(s.terms.flatMap((t) => inflections(t, s.category === 'complaint' || s.category === 'praise')))] }));
  const grammar = builtins ? { grammar: { predicates: [...PREDICATES, ...REPORTS], negativeVerb: NEGATIVE_VERB } } : {};
  const urgent = builtins ? [...new Set(URGENT_TERMS.flatMap((t) => inflections(t)))] : []; // canceled, leaking
  const body = { brands, signals: inflected, urgent, forms: formsOf(brands, inflected, urgent), reading: READING, priority: PRIORITY_RULES, ...grammar };
  return { revision: revisionOf(JSON.stringify(body)), ...body };
}
