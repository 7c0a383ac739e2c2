import type { RoundDoc } from '../sync/team-docs';
import { roundDocId } from '../sync/team-docs';

// Search rounds (定期巡回): each saved search is re-run on a cadence. A visit is recorded as a round
// document; every teammate reads them all and keeps the latest per search, which says who opened it
// last, when, and how many brand posts nobody had seen that visit found.

/**
 * A search's key in round documents: short, and the same for queries X treats alike (spacing,
 * letter case). cyrb53, a small well-mixed 53-bit string hash: the key names a search, it guards
 * nothing, and a team has at most a few hundred searches.
 */
export function searchKey(query: string): string {
  const text = query.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface LastVisit {
  operator: string;
  openedAt: number;
  newPosts: number;
}

/**
 * The latest visit of each search, by search key. A round whose key is not its own query's key is
 * ignored: it could not have come from a Kizuki client and would credit a visit to the wrong search.
 */
export function lastVisits(rounds: Iterable<RoundDoc>): Map<string, LastVisit> {
  const latest = new Map<string, LastVisit>();
  for (const r of rounds) {
    if (r.searchKey !== searchKey(r.query)) continue;
    const seen = latest.get(r.searchKey);
    if (!seen || r.openedAt > seen.openedAt || (r.openedAt === seen.openedAt && r.newPosts > seen.newPosts)) {
      latest.set(r.searchKey, { operator: r.operator, openedAt: r.openedAt, newPosts: r.newPosts });
    }
  }
  return latest;
}

export interface Cadenced {
  /** Minutes between rounds: the search's own or its pack's default; undefined = no cadence. */
  intervalMinutes?: number;
}

/** When the search is next due; null when it has no cadence. Never opened = due now. */
export function dueAt(search: Cadenced, last: LastVisit | undefined): number | null {
  if (!search.intervalMinutes) return null;
  return last ? last.openedAt + search.intervalMinutes * 60_000 : -Infinity;
}

export function isDue(search: Cadenced, last: LastVisit | undefined, now: number): boolean {
  const at = dueAt(search, last);
  return at !== null && now >= at;
}

/** The round document a client writes when the operator opens a saved search. */
export function roundDoc(search: { name?: string; query: string }, operator: string, openedAt: number, newPosts = 0): RoundDoc {
  const key = searchKey(search.query);
  return {
    _id: roundDocId(key, openedAt, operator),
    type: 'round',
    searchKey: key,
    query: search.query,
    ...(search.name ? { name: search.name.slice(0, 200) } : {}),
    operator,
    openedAt,
    newPosts,
  };
}
