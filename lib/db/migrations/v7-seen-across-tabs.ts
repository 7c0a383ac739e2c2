import type { Migration } from './migration';

// Version 7: the queue holds what the operator saw in ANY x.com tab over the last hours, and keeps it
// across reloads, closed tabs and browser restarts. Seen posts are no longer tied to open tabs: the
// `*tabIds` index goes (nothing is looked up by tab any more) and each row keeps only the tab that
// last showed it, as a hint of where to scroll. Rows are kept: they are what the operator saw.
export const v7: Migration = {
  version: 7,
  stores: {
    seenPosts: 'postId, seenAt',
  },
  async upgrade(tx) {
    await tx.table('seenPosts').toCollection().modify((row: { tabIds?: number[]; tabId?: number }) => {
      const last = row.tabIds?.at(-1);
      delete row.tabIds;
      if (last !== undefined) row.tabId = last;
    });
  },
};
