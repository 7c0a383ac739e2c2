import type { KizukiDatabase } from '../db/database';
import { backoffMs, sleep } from './backoff';
import { claimsDbName, teamDbName, type SyncConfig } from './config';
import { SyncFailure } from './couch';
import { onOutboxChange } from './outbox';
import { pull, type DbKind } from './pull';
import { pushClaims } from './claims';
import { pushHandled } from './push-handled';
import { writeStatus, type SyncStatus } from './status';

// The sync engine: one push loop (woken by the outbox) and one long-poll pull loop per database.
// Failures that can heal (offline, 5xx) are retried with backoff; 401/403 stop the engine until the
// settings change, with the reason in the status row the panel shows.

export interface EngineDeps {
  database: KizukiDatabase;
  config: SyncConfig;
  /** Post ids whose handled/claim state changed because of a teammate: tell the chips. */
  onChanged?: (postIds: string[]) => void;
  /** Called on every loop turn; the background passes a cheap extension API call to stay alive. */
  keepAlive?: () => void;
  /** false = short polls (tests of exact timing); default long polls with our own timeout. */
  longpoll?: boolean;
  /** Long-poll timeout (pouchdb-server ignores the server-side one). */
  pollTimeoutMs?: number;
  /** Records per _bulk_docs request. */
  batchSize?: number;
  /** First retry delay; doubles up to a minute. */
  backoffBaseMs?: number;
}

export interface SyncEngine {
  stop(): void;
  /** Push now (a new record is waiting). */
  kick(): void;
  /** Resolves when the outbox is empty and both pulls have caught up once. */
  idle(): Promise<void>;
}

export function startSyncEngine(deps: EngineDeps): SyncEngine {
  const { database, config } = deps;
  const stopper = new AbortController();
  const dbs: Record<DbKind, string> = { handled: teamDbName(config.team), claims: claimsDbName(config.team) };
  let failure: SyncFailure | null = null;
  let lastSyncAt: number | undefined;
  let wakePush = () => {};
  let idleWaiters: (() => void)[] = [];
  const caughtUp = { handled: false, claims: false };

  async function publish(): Promise<void> {
    const pending = await database.outbox.count();
    const status: Omit<SyncStatus, 'at'> = failure
      ? { state: failure.kind === 'offline' ? 'offline' : 'refused', pending, reason: failure.kind, detail: failure.message, lastSyncAt }
      : { state: pending > 0 ? 'pending' : 'up-to-date', pending, lastSyncAt };
    await writeStatus(status, database);
    if (!failure && pending === 0 && caughtUp.handled && caughtUp.claims) {
      idleWaiters.forEach((w) => w());
      idleWaiters = [];
    }
  }

  /** Runs `step` until stopped, backing off on failures; a non-retryable failure ends the loop. */
  async function loop(step: () => Promise<number | void>, onWake?: (wake: () => void) => void): Promise<void> {
    let attempt = 0;
    while (!stopper.signal.aborted) {
      deps.keepAlive?.();
      let delay: number;
      try {
        const waitMs = (await step()) ?? 0;
        // A refusal (401/403) stays until the settings change, even if another loop succeeds.
        if (failure?.retryable !== false) failure = null;
        lastSyncAt = Date.now();
        attempt = 0;
        delay = waitMs;
      } catch (err) {
        if (stopper.signal.aborted) return;
        failure = err instanceof SyncFailure ? err : new SyncFailure('protocol', 'unexpected sync error');
        if (!failure.retryable) { await publish(); return; }
        delay = backoffMs(attempt++, deps.backoffBaseMs);
      }
      await publish();
      if (delay > 0) {
        const nap = sleep(delay, stopper.signal);
        onWake?.(nap.wake);
        await nap.done;
      }
    }
  }

  async function pushStep(): Promise<number> {
    await pushHandled(config, dbs.handled, database, deps.batchSize);
    await pushClaims(config, dbs.claims, database);
    // Nothing left: sleep until the outbox wakes us (or a minute, as a safety net).
    return (await database.outbox.count()) === 0 ? 60_000 : 0;
  }

  function pullStep(kind: DbKind) {
    return async (): Promise<number> => {
      const timeout = new AbortController();
      // Under 30 s: an MV3 service worker with no extension event for 30 s is stopped.
      const timer = setTimeout(() => timeout.abort(), deps.pollTimeoutMs ?? 20_000);
      const abortOnStop = () => timeout.abort();
      stopper.signal.addEventListener('abort', abortOnStop);
      try {
        const wait = deps.longpoll !== false && caughtUp[kind];
        const changed = await pull(kind, config, dbs[kind], database, { wait, signal: timeout.signal });
        caughtUp[kind] = true;
        if (changed.length > 0) deps.onChanged?.(changed);
        return deps.longpoll === false ? 500 : 0;
      } catch (err) {
        // Our own long-poll timeout is not a failure: the server just had nothing new.
        if (timeout.signal.aborted && !stopper.signal.aborted) return 0;
        throw err;
      } finally {
        clearTimeout(timer);
        stopper.signal.removeEventListener('abort', abortOnStop);
      }
    };
  }

  const unsubscribe = onOutboxChange(() => wakePush());
  void loop(pushStep, (wake) => (wakePush = wake));
  void loop(pullStep('handled'));
  void loop(pullStep('claims'));

  return {
    stop() {
      unsubscribe();
      stopper.abort();
    },
    kick: () => wakePush(),
    idle: () => new Promise<void>((resolve) => { idleWaiters.push(resolve); void publish(); }),
  };
}
