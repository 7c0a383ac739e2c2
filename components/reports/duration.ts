import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

/** "12.5分" under two hours, "3.2時間" above: the scale a support lead thinks in. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return t('noTime');
  const minutes = ms / 60_000;
  return minutes < 120 ? t('minutes', { n: minutes.toFixed(1) }) : t('hours', { n: (minutes / 60).toFixed(1) });
}
