import { CATEGORIES, type Category } from '../categories';
import type { HandledRecord } from '../db/records';
import { dayKey, daysOf, type ReportRange } from './range';

export interface DayRow {
  day: string;
  counts: Record<Category, number>;
  total: number;
}

const zeroCounts = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** Posts handled per day and category, every day of the range listed (oldest first). */
export function handledPerDay(posts: readonly HandledRecord[], range: ReportRange): DayRow[] {
  const rows = new Map(daysOf(range).map((day) => [day, { day, counts: zeroCounts(), total: 0 }]));
  for (const r of posts) {
    const row = rows.get(dayKey(r.handledAt, range.utcOffsetMinutes));
    if (!row) continue;
    row.counts[r.category] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}
