import type { Category } from '../categories';
import { categoryLabel, severityLabel, toneLabel, type Severity } from '../i18n/labels';
import { currentLang, type Lang } from '../i18n/make-t';
import type { Pack } from './schema';

// What importing a pack would change, shown before anything is stored: each added and removed item,
// and for a changed one each field as old → new, worded in the operator's language.

export type DiffSection = 'pack' | 'brands' | 'terms' | 'exclusions' | 'signals' | 'templates' | 'ngWords' | 'searches';

/** One field of a changed item: `tone: フォーマル → カジュアル`, `text: 「…」 → 「…」`. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface DiffEntry {
  section: DiffSection;
  change: 'added' | 'removed' | 'changed';
  /** What the operator reads: `ミドリ電機: ミドリモバイル`, `苦情: 圏外`, a template id, an NG word. */
  label: string;
  /** For `changed`: what changed, field by field. */
  fields?: FieldChange[];
}
export interface PackDiff {
  isNew: boolean;
  from?: { packVersion?: string; updatedAt?: string };
  to: { packVersion?: string; updatedAt?: string };
  entries: DiffEntry[];
}

type Item = Record<string, unknown>;

/** A field's value as the operator reads it: codes translated, absent shown as —. */
function show(field: string, value: unknown, pack: Pack | undefined, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field === 'category') return categoryLabel(value as Category, lang);
  if (field === 'severity') return severityLabel(value as Severity, lang);
  if (field === 'tone') return toneLabel(String(value), pack?.personas ?? [], lang);
  if (field === 'pattern' && typeof value === 'object') return `/${(value as { source: string }).source}/`;
  if (Array.isArray(value)) return value.join('、');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldChanges(prev: Item, next: Item, ctx: { before?: Pack; after: Pack; lang: Lang }): FieldChange[] {
  const fields = [...new Set([...Object.keys(prev), ...Object.keys(next)])];
  return fields
    .filter((f) => JSON.stringify(prev[f]) !== JSON.stringify(next[f]))
    .map((field) => ({ field, before: show(field, prev[field], ctx.before, ctx.lang), after: show(field, next[field], ctx.after, ctx.lang) }));
}

/** Keyed items on both sides → added, removed, and changed (same key, different content). */
function compare<T extends Item>(
  section: DiffSection,
  before: T[],
  after: T[],
  ctx: { before?: Pack; after: Pack; lang: Lang },
  key: (x: T) => string,
  label: (x: T) => string = key,
): DiffEntry[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const out: DiffEntry[] = [];
  for (const [k, x] of now) {
    const prev = old.get(k);
    if (prev === undefined) out.push({ section, change: 'added', label: label(x) });
    else if (JSON.stringify(prev) !== JSON.stringify(x)) out.push({ section, change: 'changed', label: label(x), fields: fieldChanges(prev, x, ctx) });
  }
  for (const [k, x] of old) if (!now.has(k)) out.push({ section, change: 'removed', label: label(x) });
  return out;
}

/** Terms keyed by brand id, so renaming a brand is one change, not every term removed and added again. */
function brandTerms(pack: Pack | undefined, field: 'terms' | 'exclude') {
  return (pack?.brands ?? []).flatMap((b) => (b[field] ?? []).map((term) => ({ brand: b.id, term })));
}

function signalTerms(pack: Pack | undefined) {
  return (pack?.signals ?? []).flatMap((s) => s.terms.map((term) => ({ category: s.category, term, weight: s.weight ?? 1 })));
}

export function diffPacks(before: Pack | undefined, after: Pack, lang: Lang = currentLang()): PackDiff {
  const ctx = { before, after, lang };
  const brandName = new Map([...(before?.brands ?? []), ...after.brands].map((b) => [b.id, b.name]));
  const termKey = (x: { brand: string; term: string }) => `${x.brand}\u0000${x.term}`;
  const termLabel = (x: { brand: string; term: string }) => `${brandName.get(x.brand) ?? x.brand}: ${x.term}`;
  const header = (p: Pack) => ({ name: p.name });
  const brandNames = (p: Pack | undefined) => (p?.brands ?? []).map((b) => ({ id: b.id, name: b.name }));
  const entries = [
    ...(before ? compare('pack', [header(before)], [header(after)], ctx, () => 'pack', (p) => p.name) : []),
    // A brand's terms are listed term by term below; here only its arrival, departure or new name.
    ...compare('brands', brandNames(before), brandNames(after), ctx, (b) => b.id, (b) => b.name),
    ...compare('terms', brandTerms(before, 'terms'), brandTerms(after, 'terms'), ctx, termKey, termLabel),
    ...compare('exclusions', brandTerms(before, 'exclude'), brandTerms(after, 'exclude'), ctx, termKey, termLabel),
    ...compare('signals', signalTerms(before), signalTerms(after), ctx, (s) => `${s.category}: ${s.term}`, (s) => `${categoryLabel(s.category, lang)}: ${s.term}`),
    ...compare('templates', before?.templates ?? [], after.templates ?? [], ctx, (t) => t.id, (t) => (t.name ? `${t.name} (${t.id})` : t.id)),
    ...compare('ngWords', before?.ngWords ?? [], after.ngWords ?? [], ctx, (w) => (w.pattern ? `/${w.pattern.source}/` : w.term), (w) => w.term),
    ...compare('searches', before?.searches ?? [], after.searches ?? [], ctx, (s) => s.name),
  ];
  return {
    isNew: before === undefined,
    from: before && { packVersion: before.packVersion, updatedAt: before.updatedAt },
    to: { packVersion: after.packVersion, updatedAt: after.updatedAt },
    entries,
  };
}
