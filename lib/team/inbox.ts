import type { Category } from '../categories';
import type { SightingDoc } from '../sync/team-docs';
import { compareUrgency, keyed, type DeadlinePolicy, type Keyed } from './deadlines';

// The team inbox: brand posts anyone on the team saw that nobody has handled, most urgent first,
// with who saw each first and who is replying now. A pure merge of three sets the client already
// holds (sightings, handled records, claims), so it runs the same in the panel, a test or a bench.

export type Sighting = Omit<SightingDoc, '_id' | 'type'>;

export interface InboxRow extends Sighting {
  /** The CouchDB user who saw it first (the sighting's writer). */
  firstSeenBy: string;
  replying: { operator: string; expiresAt: number } | null;
  /** Infinity when the team sets no reply deadline. */
  deadline: number;
  overdue: boolean;
}

export interface InboxInput {
  sightings: Iterable<Sighting>;
  /** Posts with at least one handled record (any operator): they leave the inbox. */
  handledPostIds: ReadonlySet<string>;
  claims: Iterable<{ postId: string; operator: string; expiresAt: number }>;
  policy: DeadlinePolicy | null;
  now: number;
  /** Rows wanted (a screen); the rest are only counted. */
  limit: number;
  category?: Category;
}

export interface Inbox {
  rows: InboxRow[];
  /** Unhandled posts in the inbox (with the category filter applied). */
  total: number;
  overdue: number;
}

/** Keeps the `limit` smallest items by `compare`, sorted, without sorting everything. */
function topK<T>(limit: number, compare: (a: T, b: T) => number) {
  const top: T[] = [];
  return {
    offer(item: T) {
      if (limit <= 0) return;
      if (top.length === limit && compare(item, top[limit - 1]!) >= 0) return;
      let lo = 0;
      let hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(item, top[mid]!) < 0) hi = mid;
        else lo = mid + 1;
      }
      top.splice(lo, 0, item);
      if (top.length > limit) top.pop();
    },
    items: () => top,
  };
}

export function buildInbox(input: InboxInput): Inbox {
  const { handledPostIds, policy, now } = input;
  const replying = new Map<string, { operator: string; expiresAt: number }>();
  for (const c of input.claims) if (c.expiresAt > now) replying.set(c.postId, { operator: c.operator, expiresAt: c.expiresAt });
  // One sighting per post is the server's rule; should two arrive (e.g. from two servers), the earlier wins.
  const first = new Map<string, Sighting>();
  for (const s of input.sightings) {
    if (handledPostIds.has(s.postId) || (input.category && s.category !== input.category)) continue;
    const seen = first.get(s.postId);
    if (!seen || s.seenAt < seen.seenAt) first.set(s.postId, s);
  }
  const best = topK<Keyed<Sighting>>(input.limit, compareUrgency);
  let overdue = 0;
  for (const s of first.values()) {
    const k = keyed(s, policy, now);
    if (k.overdue) overdue++;
    best.offer(k);
  }
  const rows = best.items().map(({ item, deadline, overdue: late }) => ({
    ...item,
    firstSeenBy: item.operator,
    replying: replying.get(item.postId) ?? null,
    deadline,
    overdue: late,
  }));
  return { rows, total: first.size, overdue };
}
