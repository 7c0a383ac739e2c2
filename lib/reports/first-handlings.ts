import type { HandledRecord } from '../db/records';

/**
 * One record per post: the earliest. Two operators who both handled a post (offline at the time)
 * are two records but one handled post; "posts handled" and "time to handling" count the post once.
 */
export function firstHandlings(records: readonly HandledRecord[]): HandledRecord[] {
  const first = new Map<string, HandledRecord>();
  for (const r of records) {
    const seen = first.get(r.postId);
    if (!seen || r.handledAt < seen.handledAt) first.set(r.postId, r);
  }
  return [...first.values()];
}
