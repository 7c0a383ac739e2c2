import type { CorrectionRecord } from '../contract/corrections';
import { categoryLabel, syncStateLabel } from '../i18n/labels';
import { currentLang, makeT } from '../i18n/make-t';
import { dateTimeColumns, toCsv, type CsvColumn, type CsvLocale } from '../reports/csv';
import { csvMessages } from '../reports/csv-messages';

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

export function correctionsCsv(rows: readonly CorrectionRecord[], headers: CorrectionHeaders, utcOffsetMinutes: number, { lang = currentLang(), timeZone }: CsvLocale = {}): string {
  const iso = makeT(csvMessages, lang)('iso', { column: headers.colCorrectedAt });
  const columns: CsvColumn<CorrectionRecord>[] = [
    ...dateTimeColumns<CorrectionRecord>(headers.colCorrectedAt, iso, (r) => r.correctedAt, utcOffsetMinutes, timeZone),
    { header: headers.colOperator, value: (r) => r.operatorName },
    { header: headers.colCategory, value: (r) => categoryLabel(r.category, lang) },
    { header: headers.colPrevious, value: (r) => categoryLabel(r.previousCategory, lang) },
    { header: headers.colBrands, value: (r) => r.brands.join(' ') },
    { header: headers.colPostId, value: (r) => r.postId },
    { header: headers.colText, value: (r) => r.text },
    { header: headers.colSync, value: (r) => syncStateLabel(r.sync, lang) },
  ];
  return toCsv(newestFirst(rows), columns);
}

export function correctionsJson(rows: readonly CorrectionRecord[]): string {
  const corrections = newestFirst(rows).map(({ postId, operator, operatorName, category, previousCategory, brands, text, correctedAt, sync }) => ({
    postId, operator, operatorName, category, previousCategory, brands, text, correctedAt: new Date(correctedAt).toISOString(), sync,
  }));
  return `${JSON.stringify({ format: 'kizuki.corrections', version: 1, corrections }, null, 2)}\n`;
}
