// Wall-clock arithmetic in a team's time zone with the platform's Intl, no dependency: which local
// day an instant falls on, and the instant of a local time on a given day, across DST changes.

const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;

export interface LocalDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

export class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly dayOffsets = new Map<number, number | null>();
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
  }

  /**
   * The zone's offset from UTC at instant t, in ms. Asking Intl costs microseconds (more while its
   * data loads), and an inbox asks for thousands of posts: the answer is cached per UTC day when the
   * offset is the same at both ends of the day (every day but the two of a DST change: no zone
   * changes twice in a day), else per quarter hour (every zone changes only on a quarter hour).
   */
  offsetAt(t: number): number {
    const day = Math.floor(t / DAY);
    let whole = this.dayOffsets.get(day);
    if (whole === undefined) {
      if (this.dayOffsets.size > 20_000) this.dayOffsets.clear();
      const start = this.askIntl(day * DAY);
      whole = start === this.askIntl((day + 1) * DAY) ? start : null;
      this.dayOffsets.set(day, whole);
    }
    if (whole !== null) return whole;
    const bucket = Math.floor(t / QUARTER_HOUR);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      if (this.offsets.size > 20_000) this.offsets.clear();
      offset = this.askIntl(bucket * QUARTER_HOUR);
      this.offsets.set(bucket, offset);
    }
    return offset;
  }

  private askIntl(t: number): number {
    const p: Record<string, number> = {};
    for (const part of this.format.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - t;
  }

  localDay(t: number): LocalDay {
    return dayOfNumber(this.dayNumber(t));
  }

  /** The local date of instant t as a count of days since 1970-01-01: cheap to step through and to key a cache. */
  dayNumber(t: number): number {
    return Math.floor((t + this.offsetAt(t)) / DAY);
  }

  /** The instant when the local clock on `day` shows `minutes` past midnight (1440 = the next midnight). */
  instantOf(day: LocalDay, minutes: number): number {
    return this.instantAt(Date.UTC(day.year, day.month - 1, day.day) / DAY, minutes);
  }

  instantAt(dayNumber: number, minutes: number): number {
    const wall = dayNumber * DAY + minutes * 60_000;
    const guess = wall - this.offsetAt(wall);
    // Near a DST change the offset at the guess can differ from the one at the wall time; a second
    // look settles it (a local time skipped by the change comes out an hour later, as clocks do).
    const offset = this.offsetAt(guess);
    return wall - offset;
  }
}

export function dayOfNumber(n: number): LocalDay {
  const d = new Date(n * DAY);
  const weekday = d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: weekday === 0 ? 7 : weekday };
}

export const dayKey = (d: LocalDay) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const clocks = new Map<string, ZoneClock>();
/** One clock (and offset cache) per zone for the whole page. */
export function zoneClock(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = new ZoneClock(timeZone)));
  return clock;
}
