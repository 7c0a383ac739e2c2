import type { HandledRecord } from '../db/records';
import { toCsv, type CsvColumn } from './csv';

/** ISO 8601 with the operator's offset, which Excel and people both read ("2026-11-25 12:00:00+09:00"). */
export function localTime(ms: number | null, utcOffsetMinutes: number): string {
  if (ms === null) return '';
  const local = new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The history as CSV: one line per record, the columns a team lead filters in a spreadsheet. */
export function historyCsv(records: readonly HandledRecord[], utcOffsetMinutes: number): string {
  const columns: CsvColumn<HandledRecord>[] = [
    { header: 'handled_at', value: (r) => localTime(r.handledAt, utcOffsetMinutes) },
    { header: 'operator', value: (r) => r.operator },
    { header: 'action', value: (r) => r.action },
    { header: 'category', value: (r) => r.category },
    { header: 'priority', value: (r) => r.priority },
    { header: 'brands', value: (r) => r.brands.join(' ') },
    { header: 'author_handle', value: (r) => r.authorHandle },
    { header: 'published_at', value: (r) => localTime(r.publishedAt, utcOffsetMinutes) },
    { header: 'url', value: (r) => r.url },
    { header: 'text', value: (r) => r.text },
    { header: 'reply', value: (r) => r.replyText },
    { header: 'note', value: (r) => r.note },
  ];
  return toCsv(records, columns);
}
