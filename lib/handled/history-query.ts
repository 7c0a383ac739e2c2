import type { Category } from '../categories';
import type { KizukiDatabase } from '../db/database';
import type { HandledAction, HandledRecord } from '../contract/records';

export interface HistoryFilter {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  operator?: string;
  category?: Category;
  action?: HandledAction;
  text?: string;
}

/** Width and case folded, so ＡＣＭＥ finds acme and ｶﾀｶﾅ finds カタカナ. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function searchable(r: HandledRecord): string {
  return fold([r.text, r.replyText, r.note, `@${r.authorHandle}`, r.operator, ...r.brands, ...(r.terms ?? [])].filter(Boolean).join('\n'));
}

/** Whether a record passes the filters other than the date range and operator (those are index reads). */
export function matchesFilter(r: HandledRecord, f: HistoryFilter): boolean {
  if (f.category && r.category !== f.category) return false;
  if (f.action && r.action !== f.action) return false;
  const words = f.text ? fold(f.text).split(/\s+/).filter(Boolean) : [];
  if (words.length === 0) return true;
  const haystack = searchable(r);
  return words.every((w) => haystack.includes(w));
}

/** The newest records matching the filter, at most `limit`, through the narrowest index available. */
export function queryHistory(db: KizukiDatabase, f: HistoryFilter, limit = 500): Promise<HandledRecord[]> {
  const from = f.from ?? 0;
  const to = f.to ?? Number.MAX_SAFE_INTEGER;
  const range = f.operator
    ? db.handled.where('[operator+handledAt]').between([f.operator, from], [f.operator, to], true, false)
    : db.handled.where('handledAt').between(from, to, true, false);
  return range.reverse().filter((r) => matchesFilter(r, f)).limit(limit).toArray();
}

/** Operators present in the log, for the filter's list. */
export async function historyOperators(db: KizukiDatabase): Promise<string[]> {
  return (await db.handled.orderBy('operator').uniqueKeys()).map(String);
}
