import { CATEGORIES } from '@/lib/categories';
import { HANDLED_ACTIONS } from '@/lib/contract/records';
import { actionLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { categoryLabel } from '@/components/common/CategoryBadge';
import { EMPTY_FORM, type HistoryForm } from './history-filter-state';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  form: HistoryForm;
  operators: string[];
  onChange: (form: HistoryForm) => void;
}

/** Date range, operator, category, action and free text: each change filters at once. */
export function HistoryFilters({ form, operators, onChange }: Props) {
  const set = <K extends keyof HistoryForm>(key: K) => (e: { target: { value: string } }) => onChange({ ...form, [key]: e.target.value });
  return (
    <fieldset className="kz-history-filters" data-testid="history-filters">
      <label className="kz-field">
        {t('search')}
        <input type="search" value={form.text} placeholder={t('searchHint')} onChange={set('text')} data-testid="history-search" />
      </label>
      <label className="kz-field">
        {t('from')}
        <input type="date" value={form.from} onChange={set('from')} data-testid="history-from" />
      </label>
      <label className="kz-field">
        {t('to')}
        <input type="date" value={form.to} onChange={set('to')} data-testid="history-to" />
      </label>
      <label className="kz-field">
        {t('operator')}
        <select value={form.operator} onChange={set('operator')} data-testid="history-operator">
          <option value="">{t('any')}</option>
          {operators.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
      <label className="kz-field">
        {t('category')}
        <select value={form.category} onChange={set('category')} data-testid="history-category">
          <option value="">{t('any')}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
      </label>
      <label className="kz-field">
        {t('action')}
        <select value={form.action} onChange={set('action')} data-testid="history-action">
          <option value="">{t('any')}</option>
          {HANDLED_ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a)}</option>)}
        </select>
      </label>
      <button type="button" onClick={() => onChange(EMPTY_FORM)}>{t('clear')}</button>
    </fieldset>
  );
}
