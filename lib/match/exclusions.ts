import type { TermEntry, TermHit } from './term-matcher';

// A pack excludes compounds that contain its brand term but mean something else (アクメ駅 for アクメ).
// A brand hit is dropped when an exclusion of the same group covers it; exclusion hits themselves are
// never reported.
export function suppressExcluded(hits: TermHit[], entries: readonly TermEntry[]): TermHit[] {
  const exclusions = hits.filter((h) => entries[h.entry]!.exclude);
  if (exclusions.length === 0) return hits;
  return hits.filter((h) => {
    const entry = entries[h.entry]!;
    if (entry.exclude) return false;
    return !exclusions.some(
      (x) => entries[x.entry]!.group === entry.group && x.normStart <= h.normStart && h.normEnd <= x.normEnd,
    );
  });
}
