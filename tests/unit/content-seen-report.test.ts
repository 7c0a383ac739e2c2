import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostSummary } from '../../lib/contract/records';
import { seenReport } from '../../lib/content/features/seen-report';
import type { Batch, Page, PostView } from '../../lib/content/pipeline';

// The seen report is the first step from the page to the side panel's queue. A batch's brand posts
// must leave at once, not after a settling timer (a timer in a busy page fires late, and the panel
// showed each post that much later); a second report may leave before the first is answered, but
// while two are on their way the batches read meanwhile go together at the next answer, so a busy
// worker is never more than two messages behind.

const answers: Array<() => void> = [];
const sendRequest = vi.fn(
  (_req: { type: 'posts/seen'; posts: PostSummary[] }) => new Promise<{ ok: true }>((resolve) => answers.push(() => resolve({ ok: true }))),
);
vi.mock('../../lib/contract/request-port', () => ({ sendRequest: (req: { type: 'posts/seen'; posts: PostSummary[] }) => sendRequest(req) }));

function post(id: string, text = `ミドリ電機の冷蔵庫が壊れた ${id}`): PostSummary {
  return { postId: id, text, category: 'complaint', priority: 2, brands: ['midori'] } as unknown as PostSummary;
}

function fakePage(): { page: Page; show: (posts: PostSummary[], last?: boolean, gone?: PostSummary[]) => void } {
  const listeners = new Set<(batch: Batch) => void>();
  const page: Page = {
    onBatch(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    viewsOf: () => [],
    views: () => [],
  };
  const show = (posts: PostSummary[], last = true, gone: PostSummary[] = []) => {
    const view = (summary: PostSummary) => ({ summary }) as PostView;
    const batch = { posts: posts.map(view), cleared: [], gone: gone.map(view), last, place: last, perf: { lap() {}, end() {} } };
    for (const listener of listeners) listener(batch);
  };
  return { page, show };
}

/** Lets queued promise callbacks run (no timer is advanced: fake timers stay where they are). */
const microtasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const reported = () => sendRequest.mock.calls.map(([req]) => req.posts.map((p) => p.postId));

describe('seen report', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    sendRequest.mockClear();
    answers.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('reports a batch at once, without waiting for any timer', async () => {
    const { page, show } = fakePage();
    seenReport.init(new AbortController().signal, page);
    show([post('1'), post('2')]);
    await microtasks();
    expect(reported()).toEqual([['1', '2']]);
  });

  it('reports the posts whose cell X recycled before they were read, with those still on the page', async () => {
    const { page, show } = fakePage();
    seenReport.init(new AbortController().signal, page);
    show([post('1')], true, [post('2')]);
    await microtasks();
    expect(reported()).toEqual([['1', '2']]);
  });

  it('a reading that comes in slices goes as one report, after its last slice', async () => {
    const { page, show } = fakePage();
    seenReport.init(new AbortController().signal, page);
    show([post('1')], false);
    await microtasks();
    expect(reported()).toEqual([]);
    show([post('2')], true);
    await microtasks();
    expect(reported()).toEqual([['1', '2']]);
  });

  it('the content script stopping between slices still reports the slices already read', async () => {
    const { page, show } = fakePage();
    const life = new AbortController();
    seenReport.init(life.signal, page);
    show([post('1')], false);
    life.abort();
    await microtasks();
    expect(reported()).toEqual([['1']]);
  });

  it('a second report leaves at once; batches read while two are on their way go together at the next answer, and nothing is sent twice', async () => {
    const { page, show } = fakePage();
    seenReport.init(new AbortController().signal, page);
    show([post('1')]);
    show([post('2'), post('1')]);
    await microtasks();
    expect(reported()).toEqual([['1'], ['2']]);
    show([post('3')]);
    show([post('4'), post('3')]);
    await microtasks();
    expect(reported()).toEqual([['1'], ['2']]);
    answers.shift()!();
    await microtasks();
    expect(reported()).toEqual([['1'], ['2'], ['3', '4']]);
    answers.shift()!();
    answers.shift()!();
    await microtasks();
    // Idle again: the next batch goes at once, and a post shown again as it was is not re-sent.
    show([post('4'), post('5')]);
    await microtasks();
    expect(reported()).toEqual([['1'], ['2'], ['3', '4'], ['5']]);
  });

  it('a post whose reading changed (new packs, edited text) is reported again', async () => {
    const { page, show } = fakePage();
    seenReport.init(new AbortController().signal, page);
    show([post('1')]);
    await microtasks();
    answers.shift()!();
    await microtasks();
    show([post('1', 'ミドリ電機の冷蔵庫が壊れた。返金してほしい')]);
    await microtasks();
    expect(reported()).toEqual([['1'], ['1']]);
  });

  it('the content script stopping while two reports are on their way still reports what the page showed meanwhile', async () => {
    const { page, show } = fakePage();
    const life = new AbortController();
    seenReport.init(life.signal, page);
    show([post('1')]);
    show([post('2')]);
    show([post('3')]);
    life.abort();
    await microtasks();
    expect(reported()).toEqual([['1'], ['2']]);
    answers.shift()!();
    await microtasks();
    expect(reported()).toEqual([['1'], ['2'], ['3']]);
  });
});
