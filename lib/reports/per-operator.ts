import { HANDLED_ACTIONS, type HandledAction, type HandledRecord } from '../db/records';

export interface OperatorRow {
  operator: string;
  total: number;
  actions: Record<HandledAction, number>;
}

/** What each operator did: every record counts, most active operator first. */
export function handledPerOperator(records: readonly HandledRecord[]): OperatorRow[] {
  const rows = new Map<string, OperatorRow>();
  for (const r of records) {
    let row = rows.get(r.operator);
    if (!row) {
      row = { operator: r.operator, total: 0, actions: Object.fromEntries(HANDLED_ACTIONS.map((a) => [a, 0])) as OperatorRow['actions'] };
      rows.set(r.operator, row);
    }
    row.total += 1;
    row.actions[r.action] += 1;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.operator.localeCompare(b.operator, 'ja'));
}
