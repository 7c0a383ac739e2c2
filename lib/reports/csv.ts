// The browser build carries its own Buffer: the side panel has no Node globals (the plain build
// threw "Buffer is not defined" and blanked the whole panel). It runs the same in Node.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS, type HandledRecord } from '../contract/records';
import type { DeadlinePolicy } from '../team/deadlines';
import { handledLate, type DayRow, type OperatorRow, type Report, type TermCount } from './report';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/**
 * Post text is written by strangers, and a spreadsheet runs a cell that starts like a formula. The
 * cell's own start (= + - @, tab, CR, and the full-width ＝＋－＠ that spreadsheets also read) is
 * csv-stringify's `escape_formulas`; a line after a break inside the cell is ours: an application
 * that splits on line breaks (or a row cut apart by a broken import) must not meet a formula there
 * either, so such a line gets the same apostrophe (OWASP's advice for CSV injection).
 */
const FORMULA_AFTER_BREAK = /(\r\n|\r|\n)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;
function neutraliseLines(cell: string): string {
  return cell.replace(FORMULA_AFTER_BREAK, "$1'");
}

/**
 * CSV that Excel opens correctly in Japanese: UTF-8 with a byte-order mark, CRLF line ends (RFC 4180),
 * fields quoted when needed. A Windows record delimiter makes csv-stringify stop quoting cells that
 * merely hold \n (`quote_record_delimiter` defaults to off then), so a multi-line post would split
 * its row: quoting line breaks is turned back on.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const table = rows.map((row) => columns.map((c) => c.value(row) ?? ''));
  return stringify(table, {
    bom: true,
    header: true,
    columns: columns.map((c, i) => ({ key: String(i), header: c.header })),
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { string: neutraliseLines },
  });
}

/** ISO 8601 with the operator's offset, which Excel and people both read ("2026-11-25 12:00:00+09:00"). */
export function localTime(ms: number | null, utcOffsetMinutes: number): string {
  if (ms === null) return '';
  const local = new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The history as CSV: one line per record, the columns a team lead filters in a spreadsheet. */
export function historyCsv(records: readonly HandledRecord[], utcOffsetMinutes: number, policy: DeadlinePolicy | null = null): string {
  const columns: CsvColumn<HandledRecord>[] = [
    { header: 'handled_at', value: (r) => localTime(r.handledAt, utcOffsetMinutes) },
    { header: 'operator', value: (r) => r.operatorName },
    { header: 'action', value: (r) => r.action },
    { header: 'category', value: (r) => r.category },
    { header: 'priority', value: (r) => r.priority },
    { header: 'brands', value: (r) => r.brands.join(' ') },
    { header: 'author_handle', value: (r) => r.authorHandle },
    { header: 'published_at', value: (r) => localTime(r.publishedAt, utcOffsetMinutes) },
    // With a team reply deadline: yes/no, empty when the publication time is unknown.
    ...(policy ? [{ header: 'after_deadline', value: (r: HandledRecord) => ({ true: 'yes', false: 'no', null: '' })[String(handledLate(r, policy)) as 'true' | 'false' | 'null'] }] : []),
    { header: 'url', value: (r) => r.url },
    { header: 'text', value: (r) => r.text },
    { header: 'reply', value: (r) => r.replyText },
    { header: 'note', value: (r) => r.note },
    { header: 'overridden_checks', value: (r) => r.overriddenChecks?.join(' ') },
  ];
  return toCsv(records, columns);
}

// One CSV per report table: a spreadsheet wants one rectangular table per file.

export function perDayCsv(report: Report): string {
  return toCsv<DayRow>(report.perDay, [
    { header: 'day', value: (r) => r.day },
    ...CATEGORIES.map((c) => ({ header: c, value: (r: DayRow) => r.counts[c] })),
    { header: 'total', value: (r) => r.total },
  ]);
}

export function perOperatorCsv(report: Report): string {
  return toCsv<OperatorRow>(report.perOperator, [
    { header: 'operator', value: (r) => r.operatorName },
    { header: 'total', value: (r) => r.total },
    ...HANDLED_ACTIONS.map((a) => ({ header: a, value: (r: OperatorRow) => r.actions[a] })),
  ]);
}

export function termsCsv(report: Report): string {
  return toCsv<TermCount>(report.complaintTerms, [
    { header: 'term', value: (r) => r.term },
    { header: 'posts', value: (r) => r.posts },
  ]);
}

export function escalationsCsv(report: Report): string {
  const offset = report.range.utcOffsetMinutes;
  return toCsv<HandledRecord>(report.escalations, [
    { header: 'handled_at', value: (r) => localTime(r.handledAt, offset) },
    { header: 'operator', value: (r) => r.operatorName },
    { header: 'author_handle', value: (r) => r.authorHandle },
    { header: 'priority', value: (r) => r.priority },
    { header: 'url', value: (r) => r.url },
    { header: 'text', value: (r) => r.text },
    { header: 'note', value: (r) => r.note },
  ]);
}

const minutes = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(1));

/** The headline figures: posts handled and the time from publication to handling, in minutes. */
export function summaryCsv(report: Report): string {
  const rows: [string, string | number][] = [
    ['posts_handled', report.posts],
    ...(report.late === null ? [] : [['posts_handled_after_deadline', report.late] as [string, number]]),
    ['posts_with_publication_time', report.responseTime.count],
    ['median_minutes_to_handling', minutes(report.responseTime.medianMs)],
    ['p90_minutes_to_handling', minutes(report.responseTime.p90Ms)],
    ['replies_with_overridden_checks', report.overridden],
  ];
  return toCsv(rows, [
    { header: 'metric', value: (r) => r[0] },
    { header: 'value', value: (r) => r[1] },
  ]);
}
