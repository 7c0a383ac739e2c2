/**
 * Saves CSV text as a file from the panel. The text already starts with a byte-order mark
 * (lib/reports/csv.ts), which is what makes Excel read it as UTF-8.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the URL can go on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "kizuki-history-2026-11-25.csv": dated in the operator's calendar. */
export function csvName(kind: string, now = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `kizuki-${kind}-${d}.csv`;
}
