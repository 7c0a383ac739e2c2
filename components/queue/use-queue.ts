import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { onTablesChanged } from '@/lib/db/on-tables-changed';
import { selectedPost, type Selection } from '@/lib/db/kv-items';
import { getPostStates } from '@/lib/handled/post-states';
import { QueueModel, type QueueSnapshot } from '@/lib/queue/queue-model';
import { onlyStored, WrittenKeys } from '@/lib/queue/written-keys';
import { connectSeenHandoff } from '@/lib/queue/seen-handoff';
import { DEFAULT_QUEUE_HOURS, loadQueue, queueStart } from '@/lib/queue/seen-posts';
import { operatorSettings, type OperatorSettings } from '@/lib/settings/settings';
import { startedQueueHours, startedReadNow, takeStartedRead, type StartedRead } from './start-queue-read';

/** Claims expire and posts age out of the window by the clock, not by a write. */
const TICK_MS = 15_000;
/**
 * While the worker hands rows over, the read-back that confirms them (and brings their state and the
 * window's count) waits this long and takes every write since in one read: the rows are already on
 * screen, and a read per write cost the panel (and the browser's database thread, which the page's
 * own tasks share the machine with) a transaction for every batch X inserted.
 */
const READ_BACK_MS = 300;

/** The queue's window in hours, from the settings, following changes. */
export function useQueueHours(): number | undefined {
  // The start-up read, when it has answered before this first render (main.tsx waits for it), gives
  // the window it read at once: the queue's first render can then show its rows.
  const [hours, setHours] = useState<number | undefined>(() => startedReadNow()?.queueHours);
  useEffect(() => {
    // The start-up read's answer is already in hand; a fresher one (read or watched) wins over it.
    let fresh = false;
    const apply = (s: OperatorSettings | null) => {
      fresh = true;
      setHours(s?.queueHours ?? DEFAULT_QUEUE_HOURS);
    };
    void startedQueueHours()?.then(
      (h) => !fresh && setHours(h),
      () => {},
    );
    void operatorSettings.getValue().then(apply);
    return operatorSettings.watch(apply);
  }, []);
  return hours;
}

/**
 * Posts seen in any x.com tab over the last `queueHours`, with their state, live. Read whole once;
 * rows the worker hands over as it writes them are shown at once (seen-handoff.ts); then each write to the seen posts brings only the rows seen since (and their state), merged into
 * the sorted queue, and a write to the handled log or claims re-reads the state of the queued posts
 * it touched (getPostStates; all of them when the write does not say which). Deletions (retention, "delete all my data") show as a count that no longer
 * matches, and the queue is read whole again; the window is counted only after a write that did
 * more than store the rows read (written-keys.ts), not after every batch.
 */
export function useQueue(queueHours: number | undefined): QueueSnapshot | undefined {
  // The first render shows the start-up read if it has answered (main.tsx waits for it): the rows are
  // in the first screen React commits. The effect below still takes that read over, as before.
  const [queue, setQueue] = useState<QueueSnapshot | undefined>(() => snapshotOf(startedReadNow(), queueHours));
  useEffect(() => {
    if (queueHours === undefined) return;
    let alive = true;
    const model = new QueueModel();
    /** The newest sighting read so far: the next read starts there. */
    let cursor = Infinity;
    const pending = { full: true, seen: false, states: false };
    const written = WrittenKeys.seenPosts(db.name);
    const stateWritten = WrittenKeys.postStates(db.name);
    let running = false;
    /** Until the first full read is in, rows handed over would be overwritten by it: the database brings them. */
    let readWhole = true;
    let shown: QueueSnapshot | undefined;
    /** Posts the queue shows from the hand-off and has not read back yet: the window's count cannot include them. */
    const unconfirmed = new Set<string>();
    const publish = () => {
      if (!alive) return;
      const next = model.snapshot();
      // A read that brought only what the panel already shows (the rows handed over) renders nothing again.
      if (shown && next.posts === shown.posts && next.states === shown.states && next.waiting === shown.waiting && next.counts === shown.counts) return;
      setQueue((shown = next));
    };

    /** The first full read is the one the panel started at start-up (start-queue-read.ts), if it was for these hours. */
    let early: Promise<StartedRead | undefined> | undefined = takeStartedRead(queueHours);

    async function readAll(): Promise<void> {
      const started = await early;
      early = undefined;
      const now = started?.now ?? Date.now();
      model.reset(started?.queue ?? (await loadQueue(db, now, queueHours!)));
      unconfirmed.clear();
      cursor = model.posts.reduce((max, p) => Math.max(max, p.seenAt), queueStart(now, queueHours!));
      // Written while that read ran or before this hook watched: read it the usual way.
      if (started?.changed.seen) {
        pending.seen = true;
        written.noteUnknown();
      }
      if (started?.changed.states) {
        pending.states = true;
        stateWritten.noteUnknown();
      }
    }

    async function readNew(): Promise<void> {
      const now = Date.now();
      const start = queueStart(now, queueHours!);
      const touched = written.take();
      // The new rows, their state and (only if the writes did more than store those rows) the
      // window's count in one read transaction: this read is on the way from the page to the panel.
      const [rows, inWindow, states] = await db.transaction('r', [db.seenPosts, db.handled, db.claims, db.kv], async () => {
        const rows = await db.seenPosts.where('seenAt').aboveOrEqual(Math.max(cursor, start)).toArray();
        const ids = rows.map((r) => r.postId);
        const [inWindow, states] = await Promise.all([onlyStored(touched, ids) ? undefined : db.seenPosts.where('seenAt').aboveOrEqual(start).count(), getPostStates(db, ids, now)]);
        return [rows, inWindow, states] as const;
      });
      for (const row of rows) unconfirmed.delete(row.postId);
      if (rows.length) {
        model.merge(rows, states);
        cursor = rows.reduce((max, r) => Math.max(max, r.seenAt), cursor);
      }
      // Posts that aged out are dropped here too, or every batch after the first would look like a deletion.
      model.expire(now, start);
      if (inWindow !== undefined && inWindow !== model.size - unconfirmed.size) pending.full = true;
    }

    async function run(): Promise<void> {
      if (running) return;
      running = true;
      try {
        while (alive && (pending.full || pending.seen || pending.states)) {
          if (pending.full) {
            pending.full = pending.seen = pending.states = false;
            stateWritten.take();
            readWhole = true;
            await readAll();
            readWhole = false;
          } else if (pending.seen) {
            pending.seen = false;
            await readNew();
          } else {
            pending.states = false;
            const touched = stateWritten.take();
            if (touched.unknown) model.setStates(await getPostStates(db, model.ids(), Date.now()));
            else {
              const ids = model.queued(touched.keys);
              if (ids.length) model.updateStates(ids, await getPostStates(db, ids, Date.now()));
            }
          }
          if (!pending.full) publish();
        }
      } catch (error) {
        console.warn('kizuki: queue read failed', error);
      } finally {
        running = false;
      }
    }

    /** When the worker last handed rows over: while it does, read-backs are gathered (READ_BACK_MS). */
    let handedAt = -Infinity;
    let readBackTimer: ReturnType<typeof setTimeout> | undefined;
    const readBack = () => {
      readBackTimer = undefined;
      void run();
    };

    // The worker hands over the rows it is writing (seen-handoff.ts): shown at once, read back later.
    const handoff = connectSeenHandoff({
      rows(rows, states) {
        handedAt = performance.now();
        // Rendered in this task: left to React's scheduler, the rows would wait for another task, which
        // on a busy machine comes tens of ms later.
        if (!alive || readWhole || pending.full) return;
        const queued = new Set(model.queued(rows.map((r) => r.postId)));
        for (const row of rows) if (!queued.has(row.postId)) unconfirmed.add(row.postId);
        if (model.merge(rows, states, true)) flushSync(publish);
      },
      reread() {
        pending.full = true;
        void run();
      },
    });
    const stopSeen = onTablesChanged(db, ['seenPosts'], (parts) => {
      // The worker just wrote, so it runs: if it had stopped (and closed the port), connect again.
      handoff.ensure();
      written.note(parts);
      pending.seen = true;
      if (performance.now() - handedAt > READ_BACK_MS) void run();
      else readBackTimer ??= setTimeout(readBack, READ_BACK_MS);
    });
    const stopStates = onTablesChanged(db, ['handled', 'claims'], (parts) => {
      stateWritten.note(parts);
      pending.states = true;
      void run();
    });
    const tick = setInterval(() => {
      const now = Date.now();
      if (model.expire(now, queueStart(now, queueHours))) publish();
    }, TICK_MS);
    void run();
    return () => {
      alive = false;
      handoff.stop();
      stopSeen();
      stopStates();
      clearInterval(tick);
      clearTimeout(readBackTimer);
    };
  }, [queueHours]);
  return queue;
}

function snapshotOf(read: StartedRead | undefined, queueHours: number | undefined): QueueSnapshot | undefined {
  if (!read || read.queueHours !== queueHours) return undefined;
  const model = new QueueModel();
  model.reset(read.queue);
  return model.snapshot();
}

export function useSelection(): Selection | null | undefined {
  return useLiveQuery(() => selectedPost.get(), []);
}

/** The selected post as it was seen. Handled posts are found too: the composer warns about them. */
export function useSelectedPost(selection: Selection | null | undefined) {
  return useLiveQuery(async () => (selection ? ((await db.seenPosts.get(selection.postId)) ?? null) : null), [selection?.postId]);
}
