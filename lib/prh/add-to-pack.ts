import type { NgWord, Pack } from '../pack/schema';

/**
 * A new version of `pack` holding the prh-derived NG words: entries from an earlier import of the same
 * dictionary (same `origin`) are replaced, the pack's own NG words are kept.
 */
export function addNgWordsToPack(pack: Pack, ngWords: NgWord[], now = new Date()): Pack {
  const origins = new Set(ngWords.map((w) => w.origin).filter(Boolean));
  const kept = (pack.ngWords ?? []).filter((w) => !w.origin || !origins.has(w.origin));
  return { ...pack, updatedAt: now.toISOString().slice(0, 10), ngWords: [...kept, ...ngWords] };
}
