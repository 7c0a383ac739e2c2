// The browser build carries its own Buffer: the side panel has no Node globals (the plain build
// threw "Buffer is not defined" and blanked the whole panel). It runs the same in Node.
import { stringify } from 'csv-stringify/browser/esm/sync';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * A cell that starts like a formula (= + - @, tab, CR) would run in Excel: post text is written by
 * strangers, so such cells are prefixed with an apostrophe (OWASP's advice for CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order mark, CRLF line ends (RFC 4180),
 * fields quoted only when needed.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const table = rows.map((row) => columns.map((c) => c.value(row) ?? ''));
  return stringify(table, {
    bom: true,
    header: true,
    columns: columns.map((c, i) => ({ key: String(i), header: c.header })),
    record_delimiter: 'windows',
    cast: { string: neutralise },
  });
}
