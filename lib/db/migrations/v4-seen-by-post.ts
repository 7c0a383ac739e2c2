import type { Migration } from './migration';

// Version 4: the queue's seen posts were keyed by [tabId, postId]; browsers reuse tab ids, so an old
// session's posts could appear in a new tab's queue. They are now keyed by post id with the open
// tabs that showed them (`*tabIds`), and pruned when a tab closes, at start-up and by retention.
// The old rows are a cache of what open tabs show (re-sent as the operator scrolls), not a record:
// the table is dropped, not copied. The outbox loses its `nextAttemptAt` index: nothing read it.
export const v4: Migration = {
  version: 4,
  stores: {
    seen: null,
    seenPosts: 'postId, *tabIds, seenAt',
    outbox: '++id',
  },
};
