import { formatAge, formatExactTime } from '@/lib/i18n/relative-time';
import { useNow } from './use-now';

/** An age such as 「3分前」, with the exact time on hover and in `dateTime` for tools. */
export function RelativeTime({ at }: { at: number }) {
  const now = useNow();
  const date = new Date(at);
  return (
    <time dateTime={date.toISOString()} title={formatExactTime(date)}>
      {formatAge(at, now)}
    </time>
  );
}
