/**
 * The p-th percentile (0–1) of sorted numbers by linear interpolation between closest ranks — the
 * definition of Excel's PERCENTILE.INC, so a team lead can check our figures in a spreadsheet.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
