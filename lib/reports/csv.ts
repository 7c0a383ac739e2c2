// The browser build carries its own Buffer: the side panel has no Node globals (the plain build
// threw "Buffer is not defined" and blanked the whole panel). It runs the same in Node.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS, type HandledRecord } from '../contract/records';
import { actionLabel, categoryLabel, checkLabel, yesNoLabel } from '../i18n/labels';
import { currentLang, makeT, type Lang } from '../i18n/make-t';
import { messages as replyMessages } from '../reply/messages';
import type { DeadlinePolicy } from '../team/deadlines';
import { csvMessages } from './csv-messages';
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

/**
 * The operator's language and clock for an export. `timeZone` is an IANA zone; left out, the
 * browser's own (the operator's clock), which is what the spreadsheet's reader expects.
 */
export interface CsvLocale {
  lang?: Lang;
  timeZone?: string;
}

/** ISO 8601 with the operator's offset ("2026-11-25T12:00:00+09:00"): exact, for scripts and people. */
export function localTime(ms: number | null, utcOffsetMinutes: number): string {
  if (ms === null) return '';
  const local = new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * "2026/12/01 10:15" in the operator's time zone: the form Excel (Japanese or not) reads as a date
 * and time, so a lead can sort and filter by it. An offset in the cell makes Excel keep it as text,
 * hence the ISO column beside it for the exact instant.
 */
export function spreadsheetTime(ms: number | null, timeZone?: string): string {
  if (ms === null) return '';
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/** A date-time as two columns: the one a spreadsheet reads as a date, and the exact ISO one beside it. */
export function dateTimeColumns<T>(header: string, isoHeader: string, at: (row: T) => number | null, utcOffsetMinutes: number, timeZone?: string): CsvColumn<T>[] {
  return [
    { header, value: (r) => spreadsheetTime(at(r), timeZone) },
    { header: isoHeader, value: (r) => localTime(at(r), utcOffsetMinutes) },
  ];
}

function headersFor(lang: Lang | undefined) {
  const t = makeT(csvMessages, lang ?? currentLang());
  return { t, iso: (column: string) => t('iso', { column }) };
}

/** The history as CSV: one line per record, the columns a team lead filters in a spreadsheet. */
export function historyCsv(records: readonly HandledRecord[], utcOffsetMinutes: number, policy: DeadlinePolicy | null = null, { lang = currentLang(), timeZone }: CsvLocale = {}): string {
  const { t, iso } = headersFor(lang);
  const separator = makeT(replyMessages, lang)('listSeparator');
  const late = (r: HandledRecord) => handledLate(r, policy);
  const columns: CsvColumn<HandledRecord>[] = [
    ...dateTimeColumns<HandledRecord>(t('handledAt'), iso(t('handledAt')), (r) => r.handledAt, utcOffsetMinutes, timeZone),
    { header: t('operator'), value: (r) => r.operatorName },
    { header: t('action'), value: (r) => actionLabel(r.action, lang) },
    { header: t('category'), value: (r) => categoryLabel(r.category, lang) },
    { header: t('priority'), value: (r) => r.priority },
    { header: t('brands'), value: (r) => r.brands.join(' ') },
    { header: t('authorHandle'), value: (r) => r.authorHandle },
    ...dateTimeColumns<HandledRecord>(t('publishedAt'), iso(t('publishedAt')), (r) => r.publishedAt, utcOffsetMinutes, timeZone),
    // With a team reply deadline: yes/no, empty when the publication time is unknown.
    ...(policy ? [{ header: t('afterDeadline'), value: (r: HandledRecord) => { const l = late(r); return l === null ? '' : yesNoLabel(l, lang); } }] : []),
    { header: t('url'), value: (r) => r.url },
    { header: t('text'), value: (r) => r.text },
    { header: t('reply'), value: (r) => r.replyText },
    { header: t('note'), value: (r) => r.note },
    { header: t('overriddenChecks'), value: (r) => r.overriddenChecks?.map((c) => checkLabel(c, lang)).join(separator) },
  ];
  return toCsv(records, columns);
}

// One CSV per report table: a spreadsheet wants one rectangular table per file.

export function perDayCsv(report: Report, { lang = currentLang() }: CsvLocale = {}): string {
  const { t } = headersFor(lang);
  return toCsv<DayRow>(report.perDay, [
    { header: t('day'), value: (r) => r.day.replaceAll('-', '/') },
    ...CATEGORIES.map((c) => ({ header: categoryLabel(c, lang), value: (r: DayRow) => r.counts[c] })),
    { header: t('total'), value: (r) => r.total },
  ]);
}

export function perOperatorCsv(report: Report, { lang = currentLang() }: CsvLocale = {}): string {
  const { t } = headersFor(lang);
  return toCsv<OperatorRow>(report.perOperator, [
    { header: t('operator'), value: (r) => r.operatorName },
    { header: t('total'), value: (r) => r.total },
    ...HANDLED_ACTIONS.map((a) => ({ header: actionLabel(a, lang), value: (r: OperatorRow) => r.actions[a] })),
  ]);
}

export function termsCsv(report: Report, { lang = currentLang() }: CsvLocale = {}): string {
  const { t } = headersFor(lang);
  return toCsv<TermCount>(report.complaintTerms, [
    { header: t('term'), value: (r) => r.term },
    { header: t('posts'), value: (r) => r.posts },
  ]);
}

export function escalationsCsv(report: Report, { lang = currentLang(), timeZone }: CsvLocale = {}): string {
  const { t, iso } = headersFor(lang);
  return toCsv<HandledRecord>(report.escalations, [
    ...dateTimeColumns<HandledRecord>(t('handledAt'), iso(t('handledAt')), (r) => r.handledAt, report.range.utcOffsetMinutes, timeZone),
    { header: t('operator'), value: (r) => r.operatorName },
    { header: t('authorHandle'), value: (r) => r.authorHandle },
    { header: t('priority'), value: (r) => r.priority },
    { header: t('url'), value: (r) => r.url },
    { header: t('text'), value: (r) => r.text },
    { header: t('note'), value: (r) => r.note },
  ]);
}

const minutes = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(1));

/** The headline figures: posts handled and the time from publication to handling, in minutes. */
export function summaryCsv(report: Report, { lang = currentLang() }: CsvLocale = {}): string {
  const { t } = headersFor(lang);
  const rows: [string, string | number][] = [
    [t('postsHandled'), report.posts],
    ...(report.late === null ? [] : [[t('postsLate'), report.late] as [string, number]]),
    [t('postsTimed'), report.responseTime.count],
    [t('medianMinutes'), minutes(report.responseTime.medianMs)],
    [t('p90Minutes'), minutes(report.responseTime.p90Ms)],
    [t('overridden'), report.overridden],
  ];
  return toCsv(rows, [
    { header: t('metric'), value: (r) => r[0] },
    { header: t('value'), value: (r) => r[1] },
  ]);
}
