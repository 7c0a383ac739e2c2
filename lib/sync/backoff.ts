// Retry delays with jitter, so a team whose server comes back does not reconnect in lockstep.

/**
 * The wait before the next try of a loop that has been failing for `failingForMs`: about as long as
 * it has been failing (at least `baseMs`, at most `capMs`), with jitter. It grows with the outage,
 * not with the number of tries: a loop woken early by new work while the server is down (every new
 * record wakes the push) must not push its next try a minute away, and the end of a short outage is
 * noticed within about the outage's own length.
 */
export function retryDelayMs(failingForMs: number, baseMs = 1000, capMs = 60_000): number {
  const exp = Math.min(capMs, Math.max(baseMs, failingForMs));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

/** Resolves after `ms`, or earlier when `wake` is called or the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): { done: Promise<void>; wake: () => void } {
  let wake = () => {};
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    wake = finish;
    signal.addEventListener('abort', finish, { once: true });
  });
  return { done, wake };
}
