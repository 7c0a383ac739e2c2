import type { Pack } from '../pack/schema';
import { BUILTIN_SIGNALS, URGENT_TERMS, type SignalCategory } from './builtin-signals';
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

function builtinSignals(): ClassifierSpec['signals'] {
  const out: ClassifierSpec['signals'] = [];
  for (const [category, byWeight] of Object.entries(BUILTIN_SIGNALS) as [SignalCategory, Record<number, string[]>][]) {
    for (const [weight, terms] of Object.entries(byWeight)) out.push({ category, terms: [...terms], weight: Number(weight) });
  }
  return out;
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
      brands.push({ id: b.id, name: b.name, terms: [...b.terms], exclude: [...(b.exclude ?? [])] });
    }
    for (const s of pack.signals ?? []) signals.push({ category: s.category, terms: [...s.terms], weight: s.weight ?? DEFAULT_WEIGHT });
  }
  if (builtins) signals.push(...builtinSignals());
  const body = { brands, signals, urgent: builtins ? [...URGENT_TERMS] : [] };
  return { revision: revisionOf(JSON.stringify(body)), ...body };
}
