import { existsSync, readdirSync, readFileSync } from 'node:fs';

// How long the browser's main threads waited for a CPU while they had work: the kernel's scheduler
// statistics (/proc/<pid>/schedstat: time run, time runnable but waiting, in ns). A task's time in
// the soak includes any wait of its thread for a core, and on a 2-core machine that runs the page,
// the panel, the worker, the browser process and the bench driver at once, that wait can be most of a
// slow task. Printed beside the soak's figures so that a reader can tell Kizuki's work from the
// machine's contention. Linux only; elsewhere `sample` returns null and nothing is printed.

export interface SchedSample {
  /** Per kind of process (renderer, browser, …): main threads' time run and time waiting, in ms. */
  byKind: Map<string, { runMs: number; waitMs: number }>;
}

/** The main threads of the processes whose command line holds `marker` (the browser's profile directory). */
export function sample(marker: string): SchedSample | null {
  if (!existsSync('/proc/self/schedstat')) return null;
  const byKind = new Map<string, { runMs: number; waitMs: number }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Chromium rewrites its children's command lines into one string: search it whole.
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const type = /--type=([a-z-]+)/.exec(cmdline)?.[1] ?? 'browser';
      // The worker and the side panel run in the extension's renderer; x.com in a renderer of its own.
      const kind = cmdline.includes('--extension-process') ? 'extension' : type;
      const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
      const total = byKind.get(kind) ?? { runMs: 0, waitMs: 0 };
      total.runMs += run! / 1e6;
      total.waitMs += wait! / 1e6;
      byKind.set(kind, total);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return { byKind };
}

/** What ran and waited between two samples, per kind, as a line for the report. */
export function describe(before: SchedSample | null, after: SchedSample | null): string | null {
  if (!before || !after) return null;
  const parts: string[] = [];
  for (const [kind, a] of after.byKind) {
    const b = before.byKind.get(kind) ?? { runMs: 0, waitMs: 0 };
    const run = a.runMs - b.runMs;
    const wait = a.waitMs - b.waitMs;
    if (run < 50) continue;
    parts.push(`${kind} ran ${(run / 1000).toFixed(1)} s, waited ${(wait / 1000).toFixed(1)} s (${(wait / run).toFixed(2)}×)`);
  }
  return parts.length ? parts.join('; ') : null;
}

/**
 * Waits until the browser has finished starting: the main threads of its processes together use less
 * than a tenth of a core over two half-seconds in a row (or `maxMs` passed). Chromium goes on loading
 * its own pages for seconds after the first tab shows (the omnibox popup's WebUI renderer, a process
 * of its own, took about 1.2 s of a core here, into the soak's first batches), and a figure taken
 * meanwhile measures the browser's start, not the page's work. Resolves with how long it waited, and
 * whether the browser did settle; null where the scheduler's statistics cannot be read (not Linux).
 */
export async function settled(marker: string, maxMs = 20_000): Promise<{ waitedMs: number; settled: boolean } | null> {
  const INTERVAL_MS = 500;
  const QUIET_MS = INTERVAL_MS / 10;
  const totalRun = (s: SchedSample) => [...s.byKind.values()].reduce((sum, k) => sum + k.runMs, 0);
  let before = sample(marker);
  if (!before) return null;
  const start = Date.now();
  let quietInARow = 0;
  while (Date.now() - start < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    const after = sample(marker);
    if (!after) return null;
    quietInARow = totalRun(after) - totalRun(before) < QUIET_MS ? quietInARow + 1 : 0;
    before = after;
    if (quietInARow === 2) return { waitedMs: Date.now() - start, settled: true };
  }
  return { waitedMs: Date.now() - start, settled: false };
}
