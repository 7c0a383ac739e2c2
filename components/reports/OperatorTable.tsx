import { HANDLED_ACTIONS } from '@/lib/contract/records';
import { actionLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import type { OperatorRow } from '@/lib/reports/report';
import { messages } from './messages';

const t = makeT(messages);

/**
 * Who did what. Three columns, the actions as a wrapping list in the third: one column per action
 * (six of them) cannot fit a 320 px panel without breaking 「エスカレーション」 mid-word.
 */
export function OperatorTable({ rows }: { rows: OperatorRow[] }) {
  return (
    <table className="kz-report-table" data-testid="report-operators">
      <thead>
        <tr>
          <th scope="col">{t('operator')}</th>
          <th scope="col">{t('total')}</th>
          <th scope="col">{t('breakdown')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.operator}>
            <th scope="row">{r.operatorName}</th>
            <td>{r.total}</td>
            <td>
              <ul className="kz-breakdown">
                {HANDLED_ACTIONS.filter((a) => r.actions[a] > 0).map((a) => (
                  <li key={a} data-action={a}>{actionLabel(a)} <span className="kz-count">{r.actions[a]}</span></li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
