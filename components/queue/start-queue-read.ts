import { db } from '@/lib/db/database';
import { onTablesChanged } from '@/lib/db/on-tables-changed';
import { openAsIs } from '@/lib/db/open-as-is';
import { queueOfRows } from '@/lib/queue/first-queue-read';
import { readQueueRows } from '@/lib/queue/first-queue-rows';
import { DEFAULT_QUEUE_HOURS, loadQueue, type Queue } from '@/lib/queue/seen-posts';
import { operatorSettings } from '@/lib/settings/settings';
import type { StartedAtLoad } from './queue-read-at-load';
import type { DeadlinePolicy } from '@/lib/team/deadlines';

// Opening the panel, the queue is what the operator waits for. Left to the queue's hook, its first read
// would start only after React's first render and its effects, then wait for the settings (the queue's
// window), then for the database to open, one after another. Started as the page loads instead
// (queue-read-at-load.ts): the settings are read while the database opens, and the rows are read while
// the panel's script arrives and React builds the first screen. The hook (use-queue.ts) takes this
// read over for its first full read.

export interface StartedRead {
  queueHours: number;
  /** The clock the read used: the hook's cursor for newer sightings starts from it. */
  now: number;
  queue: Queue;
  /** Writes seen since the read started: the hook reads again what the read may have missed. */
  changed: { seen: boolean; states: boolean };
}

let hours: Promise<number> | undefined;
let policy: DeadlinePolicy | null | undefined;
let started: Promise<StartedRead> | undefined;
/** The start-up read once it has answered, until it is taken: the first render can show it at once. */
let answered: StartedRead | undefined;
let stopWatching = () => {};

/**
 * Starts the queue's first read (once per page), or takes over the one the page started as it loaded
 * (queue-read-at-load.ts): that one began before this watch, so what it may have missed is read again.
 */
export function startQueueRead(atLoad?: StartedAtLoad): void {
  if (started) return;
  const changed = { seen: atLoad !== undefined, states: atLoad !== undefined };
  // Watching before reading: a write that lands around the read is read again, never lost.
  const stopSeen = onTablesChanged(db, ['seenPosts'], () => (changed.seen = true));
  const stopStates = onTablesChanged(db, ['handled', 'claims'], () => (changed.states = true));
  stopWatching = () => {
    stopSeen();
    stopStates();
  };
  const now = atLoad?.now ?? Date.now();
  hours = atLoad?.hours ?? operatorSettings.getValue().then((s) => s.queueHours ?? DEFAULT_QUEUE_HOURS);
  // Straight from IndexedDB (first-queue-read.ts); through Dexie if that cannot be done.
  const rows = atLoad?.rows ?? readQueueRows(openAsIs(db.name), now, hours);
  const first = rows.then((r) => r && queueOfRows(r)).catch(() => undefined);
  void first.then((read) => (policy = read?.policy));
  started = Promise.all([hours, first]).then(async ([queueHours, queue]) => ({ queueHours, now, queue: queue ?? (await loadQueue(db, now, queueHours)), changed }));
  const read = started;
  // Whoever takes the read over handles a failure (by reading again); nothing is left unhandled here.
  read.then(
    (r) => {
      if (started === read) answered = r;
    },
    () => {},
  );
}

/**
 * Resolves when the start-up read has answered (or failed), or after `capMs` at the latest. The
 * panel's first render waits for it (main.tsx), so that the first screen React commits already holds
 * the queue's rows: no screen of "loading" committed and laid out first, then rebuilt with the rows.
 */
export function startedReadAnswered(capMs: number): Promise<void> {
  if (!started) return Promise.resolve();
  return Promise.race([started.then(() => {}, () => {}), new Promise<void>((r) => setTimeout(r, capMs))]);
}

/**
 * The start-up read if it has answered and nobody has taken it, for a first render that shows it at
 * once (the hook still takes it over with takeStartedRead, which then answers the same read).
 */
export function startedReadNow(): StartedRead | undefined {
  return answered;
}

/**
 * The reply deadline policy read with the queue at start-up (first-queue-read.ts), until the
 * panel's live read of the packs has answered: the first rows shown are in their final order.
 * Undefined if that read has not answered (or went through Dexie).
 */
export function startedDeadlinePolicy(): DeadlinePolicy | null | undefined {
  return policy;
}

/** The queue's window as read at start-up, for the first render that needs it; undefined if never started. */
export function startedQueueHours(): Promise<number> | undefined {
  return hours;
}

/**
 * The start-up read, once, if it was for this window of hours; undefined otherwise (never started,
 * already taken, the window changed in between, or the read failed): the caller reads for itself.
 * From this call on, the caller's own watch on the tables takes over.
 */
export async function takeStartedRead(queueHours: number): Promise<StartedRead | undefined> {
  const read = started;
  started = undefined;
  answered = undefined;
  stopWatching();
  if (!read) return undefined;
  try {
    const result = await read;
    return result.queueHours === queueHours ? result : undefined;
  } catch {
    return undefined;
  }
}
