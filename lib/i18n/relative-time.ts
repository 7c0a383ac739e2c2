import { makeT, type Lang } from './plain-t';
import { messages } from './common-messages';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 「3分前」 / "3 min ago": how long ago `then` was, rounded down, for a glance rather than a record. */
export function formatAge(then: number, now: number, lang?: Lang): string {
  const t = makeT(messages, lang);
  // Clocks of two machines differ a little: a time "in the future" still reads as just now.
  const ago = Math.max(0, now - then);
  if (ago < MINUTE) return t('justNow');
  if (ago < HOUR) return t('minutes', { n: Math.floor(ago / MINUTE) });
  if (ago < DAY) return t('hours', { n: Math.floor(ago / HOUR) });
  return t('days', { n: Math.floor(ago / DAY) });
}

/** 「10:02」: the time of day of `at` in the browser's zone and locale, hours and minutes only. */
export function formatClockTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** What `toLocaleString()` shows, from one formatter: `toLocaleString()` builds a new one on every call, and a queue renders many rows. */
let exact: Intl.DateTimeFormat | undefined;
export const formatExactTime = (date: Date) =>
  (exact ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })).format(date);
