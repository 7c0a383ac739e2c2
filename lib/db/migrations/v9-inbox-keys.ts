import type { Transaction } from 'dexie';
import { inboxKeysOf } from '../inbox-keys';
import type { Migration } from './migration';

// Version 9: the team inbox's first screen and its counts are read from index ranges bounded by what
// the screen shows. Version 6 walked the deadlines, skipped handled posts by first reading every
// handled record's key (6,000 and more), read every tie at the screen's edge (posts that arrived
// overnight share one business-hours deadline: thousands), and counted by reading every sighting's
// key (20,000 and more). Now each sighting carries `open`, `rank` and `newest` (lib/db/inbox-keys.ts,
// which keeps them on every later write), and each inbox index lists open posts in exactly the
// inbox's order: overdue ones by [deadline, rank, newest], the rest one priority at a time by
// [rank, deadline, newest]; the counts are IndexedDB counts of ranges. Version 6's compound indexes,
// which nothing reads any more, are dropped.
export const v9: Migration = {
  version: 9,
  stores: {
    sightings:
      'postId, deadline, seenAt, sync, [open+deadline+rank+newest], [open+rank+deadline+newest], [open+category+deadline+rank+newest], [open+category+rank+deadline+newest]',
  },
  upgrade: async (tx: Transaction) => {
    const handled = new Set((await tx.table('handled').toCollection().primaryKeys()).map((key) => (key as [string, string])[0]));
    await tx
      .table('sightings')
      .toCollection()
      .modify((row: { postId: string; priority: number; publishedAt: number | null; seenAt: number }, ref: { value: unknown }) => {
        ref.value = inboxKeysOf(row, !handled.has(row.postId));
      });
  },
};
