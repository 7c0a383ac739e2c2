import type { Transaction } from 'dexie';
import type { Migration } from './migration';

// Version 3: records name their operator twice — `operator`, the id the team server checks (the
// sync user name when sync is on), and `operatorName`, what chips and reports show. Records written
// before kept one name; it becomes both, so nothing shown changes. Claims likewise; unsent outbox
// documents carry the display name to the server. The handled indexes nothing queries
// (postId: state reads walk the primary key; category, action: filtered in memory) are dropped.
export const v3: Migration = {
  version: 3,
  stores: {
    handled: '[postId+operator], operator, handledAt, [operator+handledAt]',
  },
  upgrade: async (tx: Transaction) => {
    const named = (row: { operator?: unknown; operatorName?: unknown }) => {
      if (typeof row.operatorName !== 'string' || !row.operatorName) row.operatorName = String(row.operator ?? '');
    };
    await tx.table('handled').toCollection().modify(named);
    await tx.table('claims').toCollection().modify(named);
    await tx
      .table('outbox')
      .toCollection()
      .modify((entry: { doc: { operator?: unknown; operatorName?: unknown; _deleted?: unknown } }) => {
        if (entry.doc._deleted !== true) named(entry.doc);
      });
  },
};
