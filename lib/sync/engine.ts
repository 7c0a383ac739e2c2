import type { KizukiDatabase } from '../db/database';
import { retryDelayMs, sleep } from './backoff';
import { claimsDbName, teamDbName, type SyncConfig } from './config';
import { SyncFailure } from './couch';
import { onOutboxChange, outboxCounts } from './outbox';
import { pull, type DbKind } from './pull';
import { pushClaims } from './claims';
import { pushHandled } from './push-handled';
import { newSession } from './session';
import { writeStatus, type SyncStatus } from './status';

// The sync engine: one push loop (woken by the outbox) and one long-poll pull loop per database.
// No loop ever ends by itself: a failure that can heal (offline, 5xx, a cut-off or foreign answer,
// any unexpected exception) is retried after a wait about as long as the outage so far (capped),
// and when one loop gets through again the others retry at once; a refusal (401/403) waits for the
// settings to change, the alarm, or "retry now". Each loop keeps its own state and the status shows
// the worst of them, so one loop's success never hides another's failure.

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
  /** Shortest retry delay; the delay grows with how long the loop has been failing, up to a minute. */
  backoffBaseMs?: number;
  /** false = Basic auth on every request instead of a CouchDB session cookie. */
  session?: boolean;
}

export type LoopName = 'push' | DbKind;

export interface LoopState {
  failure: SyncFailure | null;
  /** When a failing loop tries again (epoch ms). */
  retryAt?: number;
  /** False only if the loop died in a way its own guard missed; revive() starts it again. */
  running: boolean;
}

export interface SyncEngine {
  stop(): void;
  /** Push now (a new record is waiting). */
  kick(): void;
  /** "Retry now" and the alarm: wake every loop, refused or backing off, and restart any that stopped. */
  revive(): void;
  /** Each loop's own state (tests, diagnostics). */
  loops(): Record<LoopName, Readonly<LoopState>>;
  /** Resolves when the outbox is empty and both pulls have caught up once. */
  idle(): Promise<void>;
}

/** How bad a loop's state is: the status shows the worst loop. */
function severity(f: SyncFailure | null): number {
  if (!f) return 0;
  if (!f.retryable) return 3;
  return f.kind === 'offline' ? 1 : 2;
}

function asFailure(err: unknown): SyncFailure {
  if (err instanceof SyncFailure) return err;
  const e = err as { name?: unknown; message?: unknown } | null;
  return new SyncFailure('protocol', `unexpected error: ${String(e?.name ?? 'Error')}: ${String(e?.message ?? err)}`.slice(0, 200));
}

const FOREVER = 2 ** 31 - 1;

interface Loop extends LoopState {
  /** Woken since this turn began: the turn may have missed what woke it, so it does not sleep. */
  woken: boolean;
  /** Since when this loop has been failing: its retry delay grows with that, not with its tries. */
  failingSince: number | null;
  endNap: () => void;
  wake: () => void;
}

function newLoop(): Loop {
  const loop: Loop = { failure: null, running: false, woken: false, failingSince: null, endNap: () => {}, wake: () => ((loop.woken = true), loop.endNap()) };
  return loop;
}

export function startSyncEngine(deps: EngineDeps): SyncEngine {
  const { database } = deps;
  // One session per engine: the password goes in a login, then the cookie (when the server allows).
  const config = deps.session === false ? deps.config : { ...deps.config, session: newSession() };
  const stopper = new AbortController();
  const dbs: Record<DbKind, string> = { handled: teamDbName(config.team), claims: claimsDbName(config.team) };
  const state: Record<LoopName, Loop> = { push: newLoop(), handled: newLoop(), claims: newLoop() };
  let lastSyncAt: number | undefined;
  let idleWaiters: (() => void)[] = [];
  const caughtUp = { handled: false, claims: false };

  async function publish(): Promise<void> {
    const { pending, parked } = await outboxCounts(database);
    const worst = (Object.keys(state) as LoopName[]).reduce<LoopName | null>(
      (w, name) => (severity(state[name].failure) > severity(w ? state[w].failure : null) ? name : w), null);
    const failure = worst ? state[worst].failure : null;
    const retryAts = Object.values(state).map((s) => s.retryAt).filter((t): t is number => t !== undefined);
    const refused = parked.length > 0 ? { count: parked.length, reason: parked[0]!.parked!.reason } : undefined;
    const status: Omit<SyncStatus, 'at'> = failure
      ? { state: failure.kind === 'offline' ? 'offline' : 'refused', pending, reason: failure.kind, detail: `${worst}: ${failure.message}`, lastSyncAt, refused, retryAt: retryAts.length ? Math.min(...retryAts) : undefined }
      : { state: pending > 0 ? 'pending' : 'up-to-date', pending, lastSyncAt, refused };
    await writeStatus(status, database);
    if (!failure && pending === 0 && caughtUp.handled && caughtUp.claims) {
      idleWaiters.forEach((w) => w());
      idleWaiters = [];
    }
  }

  /**
   * The server answers again: the loops (other than `but`) backing off after a failure that may heal
   * try now, and their outage starts over (a try that fails next is a new outage, not a long one).
   */
  function wakeRetrying(but: LoopName): void {
    for (const name of Object.keys(state) as LoopName[]) {
      const other = state[name];
      if (name === but || !other.failure?.retryable) continue;
      other.failingSince = Date.now();
      other.wake();
    }
  }

  /** Runs `step` until stopped: a success clears this loop's failure, a failure backs off or waits. */
  async function loop(name: LoopName, step: () => Promise<number>): Promise<void> {
    const me = state[name];
    me.running = true;
    try {
      while (!stopper.signal.aborted) {
        deps.keepAlive?.();
        me.woken = false;
        let delay: number;
        try {
          delay = await step();
          const recovered = me.failure !== null;
          me.failure = null;
          me.retryAt = undefined;
          lastSyncAt = Date.now();
          me.failingSince = null;
          if (recovered) wakeRetrying(name);
        } catch (err) {
          if (stopper.signal.aborted) return;
          me.failure = asFailure(err);
          me.failingSince ??= Date.now();
          delay = me.failure.retryable ? retryDelayMs(Date.now() - me.failingSince, deps.backoffBaseMs) : FOREVER;
          me.retryAt = me.failure.retryable ? Date.now() + delay : undefined;
        }
        // Writing the status can fail too (a full disk): that must not end the loop.
        await publish().catch(() => {});
        // A wake during the turn (a record queued after the push looked) must not be slept through.
        if (delay > 0 && !me.woken) {
          const nap = sleep(delay, stopper.signal);
          me.endNap = nap.wake;
          await nap.done;
          me.endNap = () => {};
        }
      }
    } finally {
      me.running = false;
    }
  }

  async function pushStep(): Promise<number> {
    await pushHandled(config, dbs.handled, database, deps.batchSize);
    await pushClaims(config, dbs.claims, database);
    // Nothing left to send: sleep until the outbox wakes us (or a minute, as a safety net).
    return (await outboxCounts(database)).pending === 0 ? 60_000 : 0;
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

  const steps: Record<LoopName, () => Promise<number>> = { push: pushStep, handled: pullStep('handled'), claims: pullStep('claims') };
  const start = (name: LoopName) => void loop(name, steps[name]).catch(() => {});
  const unsubscribe = onOutboxChange(() => state.push.wake());
  (Object.keys(steps) as LoopName[]).forEach(start);

  return {
    stop() {
      unsubscribe();
      stopper.abort();
    },
    kick: () => state.push.wake(),
    revive() {
      if (stopper.signal.aborted) return;
      for (const name of Object.keys(state) as LoopName[]) {
        if (!state[name].running) start(name);
        else if (state[name].failure) state[name].wake();
      }
      state.push.wake();
    },
    loops: () => {
      const view = ({ failure, retryAt, running }: Loop): LoopState => ({ failure, retryAt, running });
      return { push: view(state.push), handled: view(state.handled), claims: view(state.claims) };
    },
    idle: () => new Promise<void>((resolve) => { idleWaiters.push(resolve); void publish().catch(() => {}); }),
  };
}
