import { DATABASE_NAME, openAsIs } from '@/lib/db/open-as-is';
import { readQueueRows, type QueueRows } from '@/lib/queue/first-queue-rows';
import { DEFAULT_QUEUE_HOURS } from '@/lib/queue/queue-window';
import { readOperatorSettingsNow } from '@/lib/settings/settings';
import { paintFirstScreen } from './first-screen';

// The queue's first read needs the database open and the settings (the queue's window), each a round
// trip to the browser (slow while the machine is busy), then two reads. The side panel's page starts
// all of it from a small script in its <head> (entrypoints/sidepanel-open) while its main chunk is
// still arriving, and the main chunk takes it over (start-queue-read.ts). If that script did not run,
// the main chunk starts it itself: this module is its first import and imports nothing heavy, so
// that is still before React, Dexie, zod and the views are evaluated.

export interface StartedAtLoad {
  /** The clock the read used. */
  now: number;
  /** The queue's window it read. */
  hours: Promise<number>;
  /** The queue's records; undefined when the database could not be read directly (missing, or an upgrade pending). */
  rows: Promise<QueueRows | undefined>;
}

/** Where the <head> script leaves its read; one page, one panel. */
const SLOT = '__kizukiQueueReadAtLoad';
type WithSlot = typeof globalThis & { [SLOT]?: StartedAtLoad };

/** Starts the queue's first read, unless this page already has. */
export function startAtLoad(): void {
  const page = globalThis as WithSlot;
  if (page[SLOT]) return;
  const now = Date.now();
  const hours = readOperatorSettingsNow().then((s) => s?.queueHours ?? DEFAULT_QUEUE_HOURS);
  const rows = readQueueRows(openAsIs(DATABASE_NAME), now, hours);
  // Its answer is drawn at once, before React has arrived (first-screen.ts); whoever takes the read
  // over handles a failure (by reading through Dexie).
  rows.then((r) => paintFirstScreen(r)).catch(() => {});
  page[SLOT] = { now, hours, rows };
}

/** The read started as the page loaded (starting it now if it was not), once. */
export function takeStartedAtLoad(): StartedAtLoad {
  startAtLoad();
  const page = globalThis as WithSlot;
  const started = page[SLOT]!;
  delete page[SLOT];
  return started;
}

// As the main chunk starts: if the <head> script did not run, the read starts now.
startAtLoad();
