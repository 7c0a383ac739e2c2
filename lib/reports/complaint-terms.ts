import type { HandledRecord } from '../db/records';

export interface TermCount {
  term: string;
  posts: number;
}

/** The terms that most often made a handled post a complaint: each post counts a term once. */
export function complaintTerms(posts: readonly HandledRecord[], limit = 10): TermCount[] {
  const counts = new Map<string, number>();
  for (const r of posts) {
    if (r.category !== 'complaint') continue;
    for (const term of new Set(r.terms ?? [])) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .map(([term, n]) => ({ term, posts: n }))
    .sort((a, b) => b.posts - a.posts || a.term.localeCompare(b.term, 'ja'))
    .slice(0, limit);
}
