import type { Transaction } from 'dexie';
import type { Migration } from './migration';

// Version 2: history filters "my records in this date range" and "delete my records" walk
// [operator+handledAt] instead of scanning every operator's log. Records written by version 1 had
// no `terms`; they get an empty list so reports can count terms without special cases.
export const v2: Migration = {
  version: 2,
  stores: {
    handled: '[postId+operator], postId, operator, handledAt, category, action, [operator+handledAt]',
  },
  upgrade: async (tx: Transaction) => {
    await tx
      .table('handled')
      .toCollection()
      .modify((record: { terms?: unknown }) => {
        if (!Array.isArray(record.terms)) record.terms = [];
      });
  },
};
