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
export function daysOf(range: ReportRange): string[] {
  const days: string[] = [];
  for (let t = range.from; t < range.to; t += DAY_MS) days.push(dayKey(t, range.utcOffsetMinutes));
  return days;
}
