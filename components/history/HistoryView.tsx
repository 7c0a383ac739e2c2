import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { historyOperators, queryHistory } from '@/lib/handled/history-query';
import { makeT } from '@/lib/i18n/make-t';
import { historyCsv } from '@/lib/reports/csv';
import { csvName, downloadCsv } from '@/components/reports/download-csv';
import { useDeadlinePolicy } from '@/components/common/use-deadline-policy';
import { EMPTY_FORM, toFilter, type HistoryForm } from './history-filter-state';
import { HistoryFilters } from './HistoryFilters';
import { HistoryItem } from './HistoryItem';
import { messages } from './messages';
import './history.css';

const t = makeT(messages);
const LIMIT = 500;

/** The handled log, newest first; updates live as this operator or teammates handle posts. */
export function HistoryView() {
  const [form, setForm] = useState<HistoryForm>(EMPTY_FORM);
  const filter = toFilter(form);
  const records = useLiveQuery(() => queryHistory(db, filter, LIMIT), [JSON.stringify(filter)]);
  const operators = useLiveQuery(() => historyOperators(db), [], []);
  const offset = -new Date().getTimezoneOffset();
  const policy = useDeadlinePolicy();

  return (
    <section data-testid="history-view" className="kz-history">
      <HistoryFilters form={form} operators={operators} onChange={setForm} />
      <div className="kz-history-bar">
        <span role="status" data-testid="history-count">{records ? t('count', { n: records.length }) : ''}</span>
        <button type="button" data-testid="history-export" disabled={!records?.length} onClick={() => records && downloadCsv(csvName('history'), historyCsv(records, offset, policy ?? null))}>
          {t('exportCsv')}
        </button>
      </div>
      {records?.length === LIMIT && <p className="kz-hint">{t('capped', { n: LIMIT })}</p>}
      {records?.length === 0 && <p className="kz-empty">{t('empty')}</p>}
      <ul className="kz-queue" data-testid="history-list">
        {records?.map((r) => <HistoryItem key={`${r.postId}/${r.operator}`} record={r} />)}
      </ul>
    </section>
  );
}
