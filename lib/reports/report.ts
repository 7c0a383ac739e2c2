import { CATEGORIES, type Category } from '../categories';
import { HANDLED_ACTIONS, type HandledAction, type HandledRecord } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import { deadlineFor, type DeadlinePolicy } from '../team/deadlines';

// Every figure of the reports page, computed from the handled records of a period. Pure functions
// (the database read is the last one), so the panel, the CLI and the tests compute the same.

const DAY_MS = 86_400_000;

/** A report's period, [from, to) in epoch ms, and the operator's clock for cutting it into days. */
export interface ReportRange {
  from: number;
  to: number;
  /** Minutes east of UTC (Japan: 540), so "a day" is the operator's day, not UTC's. */
  utcOffsetMinutes: number;
}

/** The operator's calendar day of an instant, as YYYY-MM-DD. */
export function dayKey(ms: number, utcOffsetMinutes: number): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The last `days` calendar days up to now, today included. */
export function lastDays(days: number, now: number, utcOffsetMinutes: number): ReportRange {
  const offset = utcOffsetMinutes * 60_000;
  const startOfToday = Math.floor((now + offset) / DAY_MS) * DAY_MS - offset;
  return { from: startOfToday - (days - 1) * DAY_MS, to: startOfToday + DAY_MS, utcOffsetMinutes };
}

/** Every day key in the range, so days with nothing handled still show (as zero). */
function daysOf(range: ReportRange): string[] {
  const days: string[] = [];
  for (let t = range.from; t < range.to; t += DAY_MS) days.push(dayKey(t, range.utcOffsetMinutes));
  return days;
}

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

/**
 * One record per post: the earliest. Two operators who both handled a post (offline at the time)
 * are two records but one handled post; "posts handled" and "time to handling" count the post once.
 */
function firstHandlings(records: readonly HandledRecord[]): HandledRecord[] {
  const first = new Map<string, HandledRecord>();
  for (const r of records) {
    const seen = first.get(r.postId);
    if (!seen || r.handledAt < seen.handledAt) first.set(r.postId, r);
  }
  return [...first.values()];
}

export interface DayRow {
  day: string;
  counts: Record<Category, number>;
  total: number;
}

const zeroCounts = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** Posts handled per day and category, every day of the range listed (oldest first). */
function handledPerDay(posts: readonly HandledRecord[], range: ReportRange): DayRow[] {
  const rows = new Map(daysOf(range).map((day) => [day, { day, counts: zeroCounts(), total: 0 }]));
  for (const r of posts) {
    const row = rows.get(dayKey(r.handledAt, range.utcOffsetMinutes));
    if (!row) continue;
    row.counts[r.category] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}

export interface OperatorRow {
  /** The operator's id (the team server's user name with sync on). */
  operator: string;
  /** The name people read (「佐藤」); the latest one the operator used. */
  operatorName: string;
  total: number;
  actions: Record<HandledAction, number>;
}

/** What each operator did: every record counts, most active operator first. */
function handledPerOperator(records: readonly HandledRecord[]): OperatorRow[] {
  const rows = new Map<string, OperatorRow>();
  for (const r of records) {
    let row = rows.get(r.operator);
    if (!row) {
      row = { operator: r.operator, operatorName: r.operatorName, total: 0, actions: Object.fromEntries(HANDLED_ACTIONS.map((a) => [a, 0])) as OperatorRow['actions'] };
      rows.set(r.operator, row);
    }
    row.total += 1;
    row.actions[r.action] += 1;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.operatorName.localeCompare(b.operatorName, 'ja'));
}

export interface ResponseTime {
  /** Posts whose publication time is known. */
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/**
 * Time from a post's publication to its (first) handling. Posts with no known publication time are
 * left out rather than guessed; a clock skew that puts handling before publication counts as 0.
 */
export function responseTime(posts: readonly HandledRecord[]): ResponseTime {
  const waits = posts
    .filter((r) => r.publishedAt !== null)
    .map((r) => Math.max(0, r.handledAt - r.publishedAt!))
    .sort((a, b) => a - b);
  return { count: waits.length, medianMs: percentile(waits, 0.5), p90Ms: percentile(waits, 0.9) };
}

export interface TermCount {
  term: string;
  posts: number;
}

/** The terms that most often made a handled post a complaint: each post counts a term once. */
export function complaintTerms(posts: readonly HandledRecord[], limit = 10): TermCount[] {
  const counts = new Map<string, number>();
  for (const r of posts) {
    if (r.category !== 'complaint') continue;
    for (const term of new Set(r.terms ?? [])) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .map(([term, n]) => ({ term, posts: n }))
    .sort((a, b) => b.posts - a.posts || a.term.localeCompare(b.term, 'ja'))
    .slice(0, limit);
}

/** Escalated posts with their notes, newest first: the list a support or PR department acts on. */
export function escalations(records: readonly HandledRecord[]): HandledRecord[] {
  return records.filter((r) => r.action === 'escalated').sort((a, b) => b.handledAt - a.handledAt);
}

/** The records of a period, read through the handledAt index rather than the whole log. */
export function recordsIn(db: KizukiDatabase, range: Pick<ReportRange, 'from' | 'to'>): Promise<HandledRecord[]> {
  return db.handled.where('handledAt').between(range.from, range.to, true, false).toArray();
}

/** Was the post handled after the team's reply deadline? null when no deadline is set or its publication time is unknown. */
export function handledLate(r: HandledRecord, policy: DeadlinePolicy | null): boolean | null {
  if (!policy || r.publishedAt === null) return null;
  return r.handledAt > deadlineFor(r.publishedAt, policy);
}

export interface Report {
  range: ReportRange;
  posts: number;
  /** Posts first handled after the reply deadline (null: the team sets no deadline). */
  late: number | null;
  perDay: DayRow[];
  perOperator: OperatorRow[];
  responseTime: ResponseTime;
  complaintTerms: TermCount[];
  escalations: HandledRecord[];
  /** Records whose reply went out past an error finding (every operator's record counts). */
  overridden: number;
}

/** Every figure of the reports page from the records of a period (records outside it are ignored). */
export function buildReport(all: readonly HandledRecord[], range: ReportRange, policy: DeadlinePolicy | null = null): Report {
  const records = all.filter((r) => r.handledAt >= range.from && r.handledAt < range.to);
  const posts = firstHandlings(records);
  return {
    range,
    posts: posts.length,
    late: policy ? posts.filter((r) => handledLate(r, policy)).length : null,
    perDay: handledPerDay(posts, range),
    perOperator: handledPerOperator(records),
    responseTime: responseTime(posts),
    complaintTerms: complaintTerms(posts),
    escalations: escalations(records),
    overridden: records.filter((r) => (r.overriddenChecks?.length ?? 0) > 0).length,
  };
}
