import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS, type HandledRecord } from '../db/records';
import type { Report } from './build-report';
import type { TermCount } from './complaint-terms';
import { toCsv } from './csv';
import { localTime } from './history-csv';
import type { DayRow } from './per-day';
import type { OperatorRow } from './per-operator';

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
    { header: 'operator', value: (r) => r.operator },
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
    { header: 'operator', value: (r) => r.operator },
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
    ['posts_with_publication_time', report.responseTime.count],
    ['median_minutes_to_handling', minutes(report.responseTime.medianMs)],
    ['p90_minutes_to_handling', minutes(report.responseTime.p90Ms)],
  ];
  return toCsv(rows, [
    { header: 'metric', value: (r) => r[0] },
    { header: 'value', value: (r) => r[1] },
  ]);
}
