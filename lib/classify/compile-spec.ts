import type { Pack } from '../pack/schema';
import type { ClassifierSpec } from './spec';

// Merges the active packs, first = highest precedence, into the plain-JSON spec the background hands
// to content scripts. A brand id defined by two packs is taken from the first. Built-in signals are
// NOT copied in: the classifier adds them (spec.builtins, default true), which keeps the spec that
// crosses the message channel small.

const DEFAULT_WEIGHT = 1;

/** FNV-1a over the spec's JSON: equal content → equal revision, so content scripts can skip a rebuild. */
function revisionOf(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export function compileSpec(packs: Pack[]): ClassifierSpec {
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
  const body = { brands, signals, builtins: true };
  return { revision: revisionOf(JSON.stringify(body)), ...body };
}
