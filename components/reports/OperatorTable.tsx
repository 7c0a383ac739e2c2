import { HANDLED_ACTIONS } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import type { OperatorRow } from '@/lib/reports/report';
import { messages as historyMessages } from '@/components/history/messages';
import { messages } from './messages';

const t = makeT(messages);
const actionLabel = makeT(historyMessages);

export function OperatorTable({ rows }: { rows: OperatorRow[] }) {
  return (
    <table className="kz-report-table" data-testid="report-operators">
      <thead>
        <tr>
          <th scope="col">{t('operator')}</th>
          <th scope="col">{t('total')}</th>
          {HANDLED_ACTIONS.map((a) => <th key={a} scope="col">{actionLabel(a)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.operator}>
            <th scope="row">{r.operatorName}</th>
            <td>{r.total}</td>
            {HANDLED_ACTIONS.map((a) => <td key={a}>{r.actions[a]}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
