import { db } from '../db/database';
import { currentSyncConfig } from '../settings/operator';
import { syncSettings } from '../settings/settings';
import { retryDelayMs, sleep } from '../sync/backoff';
import { teamDbName } from '../sync/config';
import { pullCorrections, pushCorrections } from '../sync/corrections-sync';
import { relabelSeen, scheduleRetrain } from './learned-layer';

// Team sync of category corrections, beside the handled/claims engine: push what is unsent, pull
// what teammates taught, retrain when anything arrived. Woken at once by a new correction, else
// every ROUND_MS (the background's sync alarm keeps the worker awake meanwhile).

const ROUND_MS = 20_000;
let running: { stop: () => void; wake: () => void } | null = null;

function start(): void {
  const stopper = new AbortController();
  let wake = () => {};
  // A correction recorded during a round must not wait for the next one.
  let woken = false;
  running = { stop: () => stopper.abort(), wake: () => ((woken = true), wake()) };
  void (async () => {
    // Read once: a change of the sync settings restarts this loop.
    const config = await currentSyncConfig();
    if (!config) return;
    const dbName = teamDbName(config.team);
    let failingSince: number | null = null;
    while (!stopper.signal.aborted) {
      woken = false;
      let delay = ROUND_MS;
      try {
        await pushCorrections(config, dbName, db);
        const changed = await pullCorrections(config, dbName, db, stopper.signal);
        if (changed.length) {
          await relabelSeen(db, changed);
          scheduleRetrain(db);
        }
        failingSince = null;
      } catch (error) {
        if (stopper.signal.aborted) return;
        // The handled engine shows the server's state to the operator; here we only wait, as long
        // as the outage has lasted so far (a new correction wakes us meanwhile).
        failingSince ??= Date.now();
        delay = retryDelayMs(Date.now() - failingSince);
        console.warn('kizuki: correction sync', error);
      }
      if (woken) continue;
      const nap = sleep(delay, stopper.signal);
      wake = nap.wake;
      await nap.done;
      wake = () => {};
    }
  })();
}

function restart(): void {
  running?.stop();
  start();
}

/** A correction was recorded: send it now. */
export function kickCorrectionsSync(): void {
  running?.wake();
}

/** Called once from the background entrypoint; restarted when the sync settings change. */
export function startCorrectionsSync(): void {
  restart();
  syncSettings.watch(() => {
    restart();
    // Another team, another model.
    scheduleRetrain(db);
  });
}
