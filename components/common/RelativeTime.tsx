import { formatAge } from '@/lib/i18n/relative-time';
import { useNow } from './use-now';

/** What `toLocaleString()` shows, from one formatter: `toLocaleString()` builds a new one on every call, and a queue renders many rows. */
let exact: Intl.DateTimeFormat | undefined;
const exactTime = (date: Date) => (exact ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })).format(date);

/** An age such as 「3分前」, with the exact time on hover and in `dateTime` for tools. */
export function RelativeTime({ at }: { at: number }) {
  const now = useNow();
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={exactTime(date)}>
      {formatAge(at, now)}
    </time>
  );
}
