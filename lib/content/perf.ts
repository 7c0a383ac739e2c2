// Self-measurement for the benchmark: built in only when the build says so (`npm run bench` builds
// with WXT_KIZUKI_MEASURE=1), and even then off unless the page opts in with
// <html data-kizuki-measure>, so an operator's x.com never pays for it, not even in bytes of the
// content script's budget. Figures go to <html data-kizuki-perf> as JSON lines.

export type Phase = 'extract' | 'classify' | 'highlight' | 'chip';
export interface BatchTiming {
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

export function startBatchTimer(): Perf {
  if (import.meta.env.WXT_KIZUKI_MEASURE !== '1') return OFF;
  if (!document.documentElement.hasAttribute('data-kizuki-measure')) return OFF;
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
      const timing: BatchTiming = { posts, brandPosts, total: performance.now() - start, phases };
      const root = document.documentElement;
      root.setAttribute('data-kizuki-perf', (root.getAttribute('data-kizuki-perf') ?? '') + JSON.stringify(timing) + '\n');
    },
  };
}
