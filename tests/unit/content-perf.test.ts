// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followOn, startBatchTimer, takeTimings, tasksPerBatch } from '@/lib/content/perf';

// The content script's self-measurement, as the benchmarks read it: one figure per batch, one per
// task a batch left for later, kept in the content script's world (never written into the page), and
// how those tasks are counted per batch.

afterEach(() => {
  vi.unstubAllEnvs();
  document.documentElement.removeAttribute('data-kizuki-measure');
  takeTimings();
});

describe('content-script self-measurement', () => {
  it('runs later tasks but keeps nothing unless the build measures and the page opts in', () => {
    const run = vi.fn();
    followOn('chip-state-request', run);
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    followOn('chip-state-request', run);
    startBatchTimer().end(20, 7);
    expect(run).toHaveBeenCalledTimes(2);
    expect(takeTimings()).toEqual({ batches: [], later: [] });
  });

  it('keeps a figure per batch and per later task, each with when it started, and writes nothing into the page', () => {
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    document.documentElement.setAttribute('data-kizuki-measure', '');
    const changes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => changes.push(...records));
    watch.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
    const perf = startBatchTimer();
    perf.lap('extract');
    perf.end(20, 7);
    followOn('chip-state-request', () => {});
    changes.push(...watch.takeRecords());
    watch.disconnect();
    const { batches: [batch], later: [later] } = takeTimings();
    expect(batch).toMatchObject({ posts: 20, brandPosts: 7 });
    expect(later).toMatchObject({ task: 'chip-state-request' });
    expect(later!.at).toBeGreaterThanOrEqual(batch!.at);
    expect(changes).toEqual([]);
    // Taken once: the benchmark's next call gets only what came after.
    expect(takeTimings()).toEqual({ batches: [], later: [] });
  });

  it('counts each task in the batch inserted last before it began', () => {
    const starts = [0, 16, 32];
    const tasks = [
      { at: 1, ms: 3 },
      { at: 17, ms: 4 },
      { at: 5, ms: 1 },
      { at: 9, ms: 0.5 },
      { at: 20, ms: 2 },
      { at: 33, ms: 2 },
    ];
    expect(tasksPerBatch(starts, tasks)).toEqual([[3, 1, 0.5], [4, 2], [2]]);
    // A task from before the first insertion (the page's first read) belongs to none.
    expect(tasksPerBatch(starts, [{ at: -1, ms: 9 }])).toEqual([[], [], []]);
  });
});
