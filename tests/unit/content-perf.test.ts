// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followOn, startBatchTimer, tasksPerBatch, type LaterTiming } from '@/lib/content/perf';

// The content script's self-measurement, as the content-script benchmark reads it: one line per
// batch, one per task a batch left for later, and how those tasks are counted per batch.

const lines = (attribute: string) => (document.documentElement.getAttribute(attribute) ?? '').split('\n').filter(Boolean).map((l) => JSON.parse(l));

afterEach(() => {
  vi.unstubAllEnvs();
  for (const a of ['data-kizuki-measure', 'data-kizuki-perf', 'data-kizuki-perf-later']) document.documentElement.removeAttribute(a);
});

describe('content-script self-measurement', () => {
  it('runs later tasks but writes nothing unless the build measures and the page opts in', () => {
    const run = vi.fn();
    followOn('chip-state-request', run);
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    followOn('chip-state-request', run);
    expect(run).toHaveBeenCalledTimes(2);
    expect(document.documentElement.hasAttribute('data-kizuki-perf-later')).toBe(false);
  });

  it('writes a line per batch and per later task, each with when it started', () => {
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    document.documentElement.setAttribute('data-kizuki-measure', '');
    const perf = startBatchTimer();
    perf.lap('extract');
    perf.end(20, 7);
    followOn('chip-state-request', () => {});
    const [batch] = lines('data-kizuki-perf');
    const [later] = lines('data-kizuki-perf-later') as LaterTiming[];
    expect(batch).toMatchObject({ posts: 20, brandPosts: 7 });
    expect(later).toMatchObject({ task: 'chip-state-request' });
    expect(later!.at).toBeGreaterThanOrEqual(batch.at);
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
