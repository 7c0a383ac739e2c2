// Self-measurement for the benchmark: built in only when the build says so (`npm run bench` builds
// with WXT_KIZUKI_MEASURE=1), and even then off unless the page opts in with
// <html data-kizuki-measure>, so an operator's x.com never pays for it, not even in bytes of the
// content script's budget. Figures are kept in the content script's own world, one per batch, and
// one per task a batch leaves for later (see `followOn`), so that a reader can tell the longest
// uninterrupted task from all the work a batch caused. The benchmarks take them over the DevTools
// protocol (`takeTimings`, bench/content-timings.ts): written into the page, as they once were (an
// attribute on <html> after every task), each one was a change to X's document, and Chromium
// answered it with a frame of its own and a repaint of every highlighted post, which the operator's
// page never pays.

export type Phase = 'extract' | 'classify' | 'highlight' | 'chip';
export interface BatchTiming {
  /** performance.now() when the batch started. */
  at: number;
  posts: number;
  brandPosts: number;
  total: number;
  phases: Record<Phase, number>;
}

export interface Perf {
  /** Adds the time since the last mark to `phase`. */
  lap(phase: Phase): void;
  end(posts: number, brandPosts: number): void;
}

const OFF: Perf = { lap() {}, end() {} };

const measuring = () => import.meta.env.WXT_KIZUKI_MEASURE === '1' && document.documentElement.hasAttribute('data-kizuki-measure');

/** What was measured since the last `takeTimings()`. */
export interface Timings {
  batches: BatchTiming[];
  later: LaterTiming[];
}
/** A benchmark that never takes them still ends: beyond this many, the oldest are dropped. */
const KEPT = 50_000;
let kept: Timings = { batches: [], later: [] };

/** The timings since the last call, forgotten here. */
export function takeTimings(): Timings {
  const taken = kept;
  kept = { batches: [], later: [] };
  return taken;
}

function keep<K extends keyof Timings>(list: K, line: Timings[K][number]): void {
  const lines: Timings[K][number][] = kept[list];
  if (lines.push(line) > KEPT) lines.shift();
  // Where the benchmark's DevTools session finds them: the content script's world, not the page's.
  (globalThis as { __kizukiTimings?: () => Timings }).__kizukiTimings ??= takeTimings;
}

/** A task of its own that a batch left for later, as the benchmark reads it. */
export interface LaterTiming {
  /** performance.now() when the task started: the benchmark counts it in the last batch begun before. */
  at: number;
  task: string;
  ms: number;
}

/**
 * Runs `run` now, in a task that a batch left for later (the chips' state request, their repaint with
 * the reply): when measuring, its time is written as a line of its own.
 */
export function followOn(task: string, run: () => void): void {
  if (!measuring()) return run();
  const start = performance.now();
  run();
  keep('later', { at: start, task, ms: performance.now() - start });
}

export function startBatchTimer(): Perf {
  if (!measuring()) return OFF;
  const start = performance.now();
  let last = start;
  const phases: Record<Phase, number> = { extract: 0, classify: 0, highlight: 0, chip: 0 };
  return {
    lap(phase) {
      const now = performance.now();
      phases[phase] += now - last;
      last = now;
    },
    end(posts, brandPosts) {
      if (posts === 0) return;
      keep('batches', { at: start, posts, brandPosts, total: performance.now() - start, phases });
    },
  };
}

/**
 * For the benchmark: the content script's tasks (reading slices and later tasks alike, `ms` long,
 * begun `at`) grouped by the batch of posts X inserted last before each began (`starts`, ascending):
 * one list of task times per batch. Tasks from before the first insertion belong to none.
 */
export function tasksPerBatch(starts: readonly number[], tasks: readonly { at: number; ms: number }[]): number[][] {
  const grouped = starts.map((): number[] => []);
  let i = -1;
  for (const task of [...tasks].sort((a, b) => a.at - b.at)) {
    while (i + 1 < starts.length && starts[i + 1]! <= task.at) i++;
    if (i >= 0) grouped[i]!.push(task.ms);
  }
  return grouped;
}
