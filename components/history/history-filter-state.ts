import type { Category } from '@/lib/categories';
import type { HandledAction } from '@/lib/contract/records';
import type { HistoryFilter } from '@/lib/handled/history-query';

/** What the filter form holds: dates as the operator typed them (YYYY-MM-DD, their own calendar). */
export interface HistoryForm {
  from: string;
  to: string;
  operator: string;
  category: Category | '';
  action: HandledAction | '';
  text: string;
}

export const EMPTY_FORM: HistoryForm = { from: '', to: '', operator: '', category: '', action: '', text: '' };

/** Local midnight of a YYYY-MM-DD date; the "to" date is inclusive, so it ends at the next midnight. */
function localDay(value: string, plusDays = 0): number | undefined {
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d + plusDays).getTime();
}

export function toFilter(form: HistoryForm): HistoryFilter {
  return {
    from: localDay(form.from),
    to: localDay(form.to, 1),
    operator: form.operator || undefined,
    category: form.category || undefined,
    action: form.action || undefined,
    text: form.text.trim() || undefined,
  };
}
