import type { Pack } from './schema';

// What importing a pack would change, shown before anything is stored.

export type DiffSection = 'brands' | 'terms' | 'exclusions' | 'signals' | 'templates' | 'ngWords' | 'searches';
export interface DiffEntry {
  section: DiffSection;
  change: 'added' | 'removed' | 'changed';
  /** What the operator reads: `ミドリ電機: ミドリモバイル`, `complaint: 圏外`, a template id, an NG word. */
  label: string;
}
export interface PackDiff {
  isNew: boolean;
  from?: { packVersion?: string; updatedAt?: string };
  to: { packVersion?: string; updatedAt?: string };
  entries: DiffEntry[];
}

/** Keyed items on both sides → added, removed, and changed (same key, different content). */
function compare<T>(section: DiffSection, before: T[], after: T[], key: (x: T) => string, label = (k: string, _x: T) => k): DiffEntry[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const out: DiffEntry[] = [];
  for (const [k, x] of now) {
    const prev = old.get(k);
    if (prev === undefined) out.push({ section, change: 'added', label: label(k, x) });
    else if (JSON.stringify(prev) !== JSON.stringify(x)) out.push({ section, change: 'changed', label: label(k, x) });
  }
  for (const [k, x] of old) if (!now.has(k)) out.push({ section, change: 'removed', label: label(k, x) });
  return out;
}

function brandTerms(pack: Pack | undefined, field: 'terms' | 'exclude'): { brand: string; term: string }[] {
  return (pack?.brands ?? []).flatMap((b) => (b[field] ?? []).map((term) => ({ brand: b.name, term })));
}

export function diffPacks(before: Pack | undefined, after: Pack): PackDiff {
  const termKey = (x: { brand: string; term: string }) => `${x.brand}: ${x.term}`;
  const signalTerms = (p: Pack | undefined) =>
    (p?.signals ?? []).flatMap((s) => s.terms.map((term) => ({ category: s.category, term, weight: s.weight ?? 1 })));
  const entries = [
    ...compare('brands', before?.brands ?? [], after.brands, (b) => b.id, (_k, b) => b.name).filter((e) => e.change !== 'changed'),
    ...compare('terms', brandTerms(before, 'terms'), brandTerms(after, 'terms'), termKey),
    ...compare('exclusions', brandTerms(before, 'exclude'), brandTerms(after, 'exclude'), termKey),
    ...compare('signals', signalTerms(before), signalTerms(after), (s) => `${s.category}: ${s.term}`),
    ...compare('templates', before?.templates ?? [], after.templates ?? [], (t) => t.id),
    ...compare('ngWords', before?.ngWords ?? [], after.ngWords ?? [], (w) => (w.pattern ? `/${w.pattern.source}/` : w.term), (_k, w) => w.term),
    ...compare('searches', before?.searches ?? [], after.searches ?? [], (s) => s.name),
  ];
  return {
    isNew: before === undefined,
    from: before && { packVersion: before.packVersion, updatedAt: before.updatedAt },
    to: { packVersion: after.packVersion, updatedAt: after.updatedAt },
    entries,
  };
}
