// @vitest-environment jsdom
import { until } from './support/until';
import { layOutQueueAsInAPanel } from './support/queue-layout';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { SeenPost } from '@/lib/contract/records';
import { operatorSettings, readOperatorSettingsNow } from '@/lib/settings/settings';
import { QueueView } from '@/components/queue/QueueView';
import { startedReadAnswered, startQueueRead, takeStartedRead } from '@/components/queue/start-queue-read';
import { startAtLoad, takeStartedAtLoad } from '@/components/queue/queue-read-at-load';
import { DEMO_PACK, storePacks } from '@/lib/pack/store';
import { firstScreenPosts, noteReactStarted, paintFirstScreen } from '@/components/queue/first-screen';
import { readQueueRows } from '@/lib/queue/first-queue-rows';
import { openAsIs } from '@/lib/db/open-as-is';
import { selectedPost } from '@/lib/db/kv-items';

// The panel starts reading its queue before React renders (entrypoints/sidepanel/main.tsx), and the
// queue's hook takes that read over. What the operator must not notice: a post seen, or handled, between
// that read and the moment the queue watches the database, and a queue window changed in between.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

layOutQueueAsInAPanel();

const HOUR = 3_600_000;

function seen(postId: string, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabId: 1, url: `https://x.com/user${postId}/status/${postId}`, authorHandle: `user${postId}`, displayName: `利用者${postId}`,
    text: `ミドリ電機のルーターが${postId}回目の再起動`, lang: 'ja', publishedAt: Date.now() - 3 * 60_000, category: 'complaint',
    priority: 50, brands: ['midori'], matches: [{ kind: 'brand', term: 'ミドリ電機', start: 0, end: 5, brandId: 'midori' }],
    seenAt: Date.now(), ...over,
  };
}

const shown = () => [...document.querySelectorAll<HTMLElement>('[data-testid=queue-item]')].map((li) => li.dataset.postId).sort();
/** Long enough for the start-up read to finish against the in-memory database. */
const readDone = () => new Promise((r) => setTimeout(r, 150));

let root: Root;

beforeEach(async () => {
  takeStartedAtLoad(); // the read importing the module started, or one a test left
  // Each test starts as a page does: React not asked to render yet, nothing done on a first screen.
  delete (globalThis as { __kizukiFirstScreen?: unknown }).__kizukiFirstScreen;
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('not wrapped in act')) error(...args);
  });
  fakeBrowser.reset();
  await Promise.all([db.seenPosts.clear(), db.handled.clear(), db.claims.clear(), db.kv.clear(), db.packs.clear()]);
  await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
  await db.seenPosts.bulkPut([seen('100'), seen('200', { seenAt: Date.now() - 3 * HOUR })]);
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
});

afterEach(async () => {
  await act(async () => root.unmount());
  await takeStartedRead(0); // whatever a test left started
  vi.restoreAllMocks();
});

describe('the queue read started before React renders', () => {
  it('shows the posts it read, and a post seen after it but before the queue watched', async () => {
    startQueueRead();
    await readDone();
    await db.seenPosts.put(seen('300'));
    await act(async () => root.render(<QueueView />));
    await until(() => expect(shown()).toEqual(['100', '200', '300']));
  });

  it('drops a post handled after it but before the queue watched', async () => {
    startQueueRead();
    await readDone();
    const post = seen('100');
    await db.handled.put({
      postId: '100', operator: '鈴木', operatorName: '鈴木', url: post.url, authorHandle: post.authorHandle, category: post.category,
      priority: post.priority, brands: post.brands, action: 'replied', handledAt: Date.now(), publishedAt: post.publishedAt, sync: 'remote',
    });
    await act(async () => root.render(<QueueView />));
    await until(() => expect(shown()).toEqual(['200']));
  });

  it('gives way to a queue window changed in between: the queue shows the new window', async () => {
    startQueueRead();
    await readDone();
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365, queueHours: 1 });
    await act(async () => root.render(<QueueView />));
    await until(() => expect(shown()).toEqual(['100']));
  });

  it('shows its first rows already in the reply-deadline order of the packs (overdue first), not reordered a moment later', async () => {
    await storePacks([{ ...DEMO_PACK, id: 'acme', replyDeadline: { replyWithinMinutes: 60 } }], 'test');
    // Post 300 is less urgent but was published two hours ago: past the pack's one-hour deadline.
    await db.seenPosts.bulkPut([seen('100', { priority: 90 }), seen('300', { priority: 10, publishedAt: Date.now() - 2 * HOUR })]);
    const firstOrders: string[][] = [];
    const watch = new MutationObserver(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid=queue-item]')].map((li) => li.dataset.postId!);
      if (rows.length && firstOrders.length === 0) firstOrders.push(rows);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    startQueueRead();
    await readDone();
    await act(async () => root.render(<QueueView />));
    await until(() => expect(firstOrders).toHaveLength(1));
    watch.disconnect();
    expect(firstOrders[0]![0]).toBe('300');
  });

  it('reads the queue window from the settings as stored, asked for as the page loads', async () => {
    expect(await readOperatorSettingsNow()).toEqual(await operatorSettings.getValue());
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365, queueHours: 1 });
    startQueueRead(takeStartedAtLoad());
    await readDone();
    await act(async () => root.render(<QueueView />));
    await until(() => expect(shown()).toEqual(['100']));
  });

  it('uses the default window when the settings were never saved', async () => {
    await operatorSettings.removeValue();
    expect(await readOperatorSettingsNow()).toBeUndefined();
    startQueueRead(takeStartedAtLoad());
    expect((await takeStartedRead(12))?.queue.posts.map((p) => p.postId).sort()).toEqual(['100', '200']);
  });

  it('taking over the read the page started as it loaded, still shows a post seen and drops one handled before the queue watched', async () => {
    startAtLoad();
    await readDone();
    await db.seenPosts.put(seen('300'));
    const post = seen('100');
    await db.handled.put({
      postId: '100', operator: '鈴木', operatorName: '鈴木', url: post.url, authorHandle: post.authorHandle, category: post.category,
      priority: post.priority, brands: post.brands, action: 'replied', handledAt: Date.now(), publishedAt: post.publishedAt, sync: 'remote',
    });
    startQueueRead(takeStartedAtLoad());
    await act(async () => root.render(<QueueView />));
    await until(() => expect(shown()).toEqual(['200', '300']));
  });

  it('once answered, is in the first screen React commits: the rows, never 「読み込み中」 first', async () => {
    const screens: string[] = [];
    const watch = new MutationObserver(() => {
      if (document.querySelector('[data-testid=queue-item]')) screens.push('rows');
      else if (document.querySelector('.kz-empty')) screens.push(document.querySelector('.kz-empty')!.textContent!);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    noteReactStarted(); // React's own first screen, without the one the page draws before it
    startQueueRead(takeStartedAtLoad());
    await startedReadAnswered(5_000);
    // No await inside: what the first render commits, before any effect or read has answered.
    act(() => root.render(<QueueView />));
    expect(shown()).toEqual(['100', '200']);
    await Promise.resolve();
    watch.disconnect();
    expect(screens[0]).toBe('rows');
    // The queue's hook still takes the read over, and follows what is written after it.
    await db.seenPosts.put(seen('300'));
    await until(() => expect(shown()).toEqual(['100', '200', '300']));
  });

  it('does not hold the first render back longer than asked when the read is slow', async () => {
    let answer = (_: undefined) => {};
    startQueueRead({ now: Date.now(), hours: Promise.resolve(12), rows: new Promise((r) => (answer = r)) });
    const before = Date.now();
    await startedReadAnswered(50);
    expect(Date.now() - before).toBeLessThan(1_000);
    act(() => root.render(<QueueView />));
    expect(shown()).toEqual([]);
    expect(document.querySelector('.kz-empty')).not.toBeNull();
    // When it answers (here: nothing read directly, so through Dexie), the rows follow.
    answer(undefined);
    await until(() => expect(shown()).toEqual(['100', '200']));
  });

  it('is taken over once', async () => {
    startQueueRead();
    const first = await takeStartedRead(12);
    expect(first?.queue.posts.map((p) => p.postId).sort()).toEqual(['100', '200']);
    expect(await takeStartedRead(12)).toBeUndefined();
  });
});

describe('the first screen the page draws before React', () => {
  const rowsNow = () => readQueueRows(openAsIs(db.name), Date.now(), Promise.resolve(12));

  it('is drawn from the first read; React takes it over with the focus on the same post and the row clicked meanwhile selected', async () => {
    expect(await paintFirstScreen(await rowsNow())).toBe(true);
    expect(document.querySelector('[data-kizuki-first-screen]')).not.toBeNull();
    expect(shown()).toEqual(['100', '200']);
    const button = document.querySelector<HTMLButtonElement>('[data-post-id="200"] .kz-item-select')!;
    button.focus();
    button.click();
    startQueueRead(takeStartedAtLoad());
    await startedReadAnswered(5_000);
    noteReactStarted();
    act(() => root.render(<QueueView />));
    expect(document.querySelector('[data-kizuki-first-screen]')).toBeNull();
    expect(shown()).toEqual(['100', '200']);
    expect(document.activeElement).toBe(document.querySelector('[data-post-id="200"] .kz-item-select'));
    expect(document.activeElement?.closest('[data-kizuki-first-screen]')).toBeNull();
    let selected: string | undefined;
    const readSelection = () => void selectedPost.get().then((s) => (selected = s?.postId));
    await until(() => {
      readSelection();
      expect(selected).toBe('200');
    });
  });

  it('is not drawn once React has been asked to render (React would replace it with whatever it shows first)', async () => {
    const rows = await rowsNow();
    noteReactStarted();
    expect(await paintFirstScreen(rows)).toBe(false);
    expect(document.getElementById('root')!.childElementCount).toBe(0);
  });

  it('leaves out handled posts, and is not drawn when it could not be drawn exactly as React will', async () => {
    const post = seen('100');
    await db.handled.put({
      postId: '100', operator: '鈴木', operatorName: '鈴木', url: post.url, authorHandle: post.authorHandle, category: post.category,
      priority: post.priority, brands: post.brands, action: 'replied', handledAt: Date.now(), publishedAt: post.publishedAt, sync: 'remote',
    });
    expect(firstScreenPosts((await rowsNow())!)?.map((p) => p.postId)).toEqual(['200']);
    // A live claim: its label depends on who the operator is.
    await db.claims.put({ postId: '200', operator: '鈴木', operatorName: '鈴木', expiresAt: Date.now() + 60_000 });
    expect(firstScreenPosts((await rowsNow())!)).toBeUndefined();
    await db.claims.clear();
    // A reply deadline: the order needs the deadline rules.
    await storePacks([{ ...DEMO_PACK, id: 'acme', replyDeadline: { replyWithinMinutes: 60 } }], 'test');
    expect(firstScreenPosts((await rowsNow())!)).toBeUndefined();
    await db.packs.clear();
    // Nothing waiting: React's own message says why.
    await db.handled.put({ ...(await db.handled.get(['100', '鈴木']))!, postId: '200' });
    expect(firstScreenPosts((await rowsNow())!)).toBeUndefined();
  });

  it('puts post text in as text, never as HTML', async () => {
    await db.seenPosts.put(seen('300', { text: '<img src=x onerror="window.__pwned=1">ミドリ電機', matches: [] }));
    expect(await paintFirstScreen(await rowsNow())).toBe(true);
    const text = document.querySelector('[data-post-id="300"] [data-testid=queue-item-text]')!;
    expect(text.querySelector('img')).toBeNull();
    expect(text.textContent).toBe('<img src=x onerror="window.__pwned=1">ミドリ電機');
  });
});
