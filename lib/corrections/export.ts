import type { CorrectionRecord } from '../contract/corrections';
import { localTime, toCsv, type CsvColumn } from '../reports/csv';

// The team's corrections, for a lead to review or to keep: CSV (headers in the operator's language,
// Excel-safe) or JSON (stable field names, for scripts). Newest first.

export interface CorrectionHeaders {
  colPostId: string;
  colCategory: string;
  colPrevious: string;
  colOperator: string;
  colCorrectedAt: string;
  colBrands: string;
  colText: string;
  colSync: string;
}

const newestFirst = (rows: readonly CorrectionRecord[]) => [...rows].sort((a, b) => b.correctedAt - a.correctedAt);

export function correctionsCsv(rows: readonly CorrectionRecord[], headers: CorrectionHeaders, categoryLabel: (c: CorrectionRecord['category']) => string, utcOffsetMinutes: number): string {
  const columns: CsvColumn<CorrectionRecord>[] = [
    { header: headers.colCorrectedAt, value: (r) => localTime(r.correctedAt, utcOffsetMinutes) },
    { header: headers.colOperator, value: (r) => r.operatorName },
    { header: headers.colCategory, value: (r) => categoryLabel(r.category) },
    { header: headers.colPrevious, value: (r) => categoryLabel(r.previousCategory) },
    { header: headers.colBrands, value: (r) => r.brands.join(' ') },
    { header: headers.colPostId, value: (r) => r.postId },
    { header: headers.colText, value: (r) => r.text },
    { header: headers.colSync, value: (r) => r.sync },
  ];
  return toCsv(newestFirst(rows), columns);
}

export function correctionsJson(rows: readonly CorrectionRecord[]): string {
  const corrections = newestFirst(rows).map(({ postId, operator, operatorName, category, previousCategory, brands, text, correctedAt, sync }) => ({
    postId, operator, operatorName, category, previousCategory, brands, text, correctedAt: new Date(correctedAt).toISOString(), sync,
  }));
  return `${JSON.stringify({ format: 'kizuki.corrections', version: 1, corrections }, null, 2)}\n`;
}
