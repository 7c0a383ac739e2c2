import { statesOfRows } from '../handled/post-states';
import { activePacksOf } from '../pack/store';
import { resolveDeadlinePolicy, type DeadlinePolicy } from '../team/deadlines';
import type { QueueRows } from './first-queue-rows';
import { sortQueue } from './queue-order';
import type { Queue } from './seen-posts';

// The side panel's first read of its queue, straight from IndexedDB rather than through Dexie.
// Opening the panel, the operator waits for this read. Through Dexie it could start only after the
// panel's whole script had run (Dexie opens the database from a promise job, and the panel's first
// chunk is one module: no job runs until all of it has been evaluated), then it took four round
// trips (open, the seen posts, the handled records, the claims) and a Dexie query object per post.
// Here the records are read in one transaction, started by the page's small first script before the
// main chunk has even arrived (first-queue-rows.ts), and turned into the queue with the same
// functions the other reads use: statesOfRows (as the worker's getPostStatesDirect; it ends in
// statesOf, as getPostStates does), activePacksOf (getActivePacks), sortQueue. The packs give the team's reply deadline, which orders the queue (overdue first): read
// with the rows, the first rows shown are already in their final order, not reordered when the
// panel's own live read of the packs comes in.

/** The queue, and the reply deadline policy of the active packs that orders it (null: none). */
export interface FirstQueue extends Queue {
  policy: DeadlinePolicy | null;
}

/** The queue from the records of the first read. */
export function queueOfRows(rows: QueueRows): FirstQueue {
  return {
    posts: sortQueue(rows.seen),
    states: statesOfRows([...new Set(rows.seen.map((p) => p.postId))], rows, rows.now),
    policy: resolveDeadlinePolicy(activePacksOf(rows.packs)),
  };
}
