import type { HandledRecord } from '../db/records';
import { complaintTerms, type TermCount } from './complaint-terms';
import { escalations } from './escalations';
import { firstHandlings } from './first-handlings';
import { handledPerDay, type DayRow } from './per-day';
import { handledPerOperator, type OperatorRow } from './per-operator';
import type { ReportRange } from './range';
import { responseTime, type ResponseTime } from './response-time';

export interface Report {
  range: ReportRange;
  posts: number;
  perDay: DayRow[];
  perOperator: OperatorRow[];
  responseTime: ResponseTime;
  complaintTerms: TermCount[];
  escalations: HandledRecord[];
}

/** Every figure of the reports page from the records of a period (records outside it are ignored). */
export function buildReport(all: readonly HandledRecord[], range: ReportRange): Report {
  const records = all.filter((r) => r.handledAt >= range.from && r.handledAt < range.to);
  const posts = firstHandlings(records);
  return {
    range,
    posts: posts.length,
    perDay: handledPerDay(posts, range),
    perOperator: handledPerOperator(records),
    responseTime: responseTime(posts),
    complaintTerms: complaintTerms(posts),
    escalations: escalations(records),
  };
}
