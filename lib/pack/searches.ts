import type { Category } from '../categories';
import { categoryLabel } from '../i18n/labels';
import { currentLang, type Lang } from '../i18n/make-t';
import type { Brand, Pack } from './schema';

// Saved X searches: the ones a pack lists, plus proposals built from its brands and signals, e.g.
// `(アクメ OR ACME) (繋がらない OR 遅い) -filter:retweets`. One click opens X's live search, where the
// content script takes over.

export interface SavedSearch {
  name: string;
  query: string;
  url: string;
  origin: 'pack' | 'proposed';
  packId: string;
  category?: Exclude<Category, 'other'>;
  /** Minutes between the team's rounds of this search (its own, else the pack's default). */
  intervalMinutes?: number;
}

/** X accepts queries of about 500 characters; longer ones are cut at a whole term. */
const MAX_QUERY = 500;
const TERMS_PER_GROUP = 8;

export function liveSearchUrl(query: string): string {
  return `https://x.com/search?q=${encodeURIComponent(query)}&f=live`;
}

/** A term as X's search reads it: quoted when it has spaces or operators' characters. */
export function quoteTerm(term: string): string {
  const clean = term.replace(/["\u201c\u201d]/g, '').trim();
  return /[\s():-]|^(OR|AND)$/i.test(clean) ? `"${clean}"` : clean;
}

export function orGroup(terms: string[]): string {
  const unique = [...new Set(terms.map(quoteTerm).filter(Boolean))].slice(0, TERMS_PER_GROUP);
  return unique.length === 1 ? unique[0]! : `(${unique.join(' OR ')})`;
}

function fit(parts: string[]): string {
  const query = parts.join(' ');
  return query.length <= MAX_QUERY ? query : query.slice(0, query.lastIndexOf(' ', MAX_QUERY));
}

function proposalsForBrand(pack: Pack, brand: Brand, lang: Lang): SavedSearch[] {
  const brandGroup = orGroup(brand.terms);
  const make = (name: string, parts: string[], category?: SavedSearch['category']): SavedSearch => {
    const query = fit(parts);
    return { name, query, url: liveSearchUrl(query), origin: 'proposed', packId: pack.id, category, intervalMinutes: pack.searchIntervalMinutes };
  };
  const out = [make(brand.name, [brandGroup, '-filter:retweets'])];
  const byCategory = new Map<SavedSearch['category'] & string, { term: string; weight: number }[]>();
  for (const s of pack.signals ?? []) {
    const list = byCategory.get(s.category) ?? [];
    list.push(...s.terms.map((term) => ({ term, weight: s.weight ?? 1 })));
    byCategory.set(s.category, list);
  }
  for (const [category, terms] of byCategory) {
    const strongest = terms.sort((a, b) => b.weight - a.weight).map((t) => t.term);
    out.push(make(`${brand.name} · ${categoryLabel(category, lang)}`, [brandGroup, orGroup(strongest), '-filter:retweets'], category));
  }
  return out;
}

/** The pack's own searches first, then the proposals, without duplicate queries. */
export function savedSearches(packs: Pack[], lang: Lang = currentLang()): SavedSearch[] {
  const listed = packs.flatMap((pack) =>
    (pack.searches ?? []).map((s) => ({
      name: s.name, query: s.query, url: liveSearchUrl(s.query), origin: 'pack' as const, packId: pack.id,
      intervalMinutes: s.intervalMinutes ?? pack.searchIntervalMinutes,
    })),
  );
  const proposed = packs.flatMap((pack) => pack.brands.flatMap((b) => proposalsForBrand(pack, b, lang)));
  const seen = new Set<string>();
  return [...listed, ...proposed].filter((s) => !seen.has(s.query) && seen.add(s.query));
}
