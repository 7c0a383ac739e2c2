// @vitest-environment jsdom
import { until } from './support/until';
import { FakePort, portPair } from './support/fake-port';
import { layOutQueueAsInAPanel } from './support/queue-layout';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import type { PostSummary, SeenPost } from '@/lib/contract/records';
import { operatorSettings } from '@/lib/settings/settings';
import { QueueView } from '@/components/queue/QueueView';
import { takeStartedRead } from '@/components/queue/start-queue-read';
import { takeStartedAtLoad } from '@/components/queue/queue-read-at-load';
import { acceptPanels, handToPanels, panelsOpen, panelsReread } from '@/lib/background/panel-handoff';
import { route } from '@/lib/background/router';
import type { Sender } from '@/lib/background/define-handler';
import { connectSeenHandoff, SEEN_PORT } from '@/lib/queue/seen-handoff';

// The worker hands the rows it is writing to an open panel, which shows them without waiting for the
// write to be read back; the database stays the source of truth. What the operator must see: a new
// post at once, and in the end the queue the database holds (a write that failed, a teammate's mark).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

layOutQueueAsInAPanel();

function summary(postId: string, over: Partial<PostSummary> = {}): PostSummary {
  return {
    postId, url: `https://x.com/user${postId}/status/${postId}`, authorHandle: `user${postId}`, displayName: `利用者${postId}`,
    text: `ミドリ電機のルーターが${postId}回目の再起動`, lang: 'ja', publishedAt: Date.now() - 3 * 60_000, category: 'complaint',
    priority: 50, brands: ['midori'], matches: [{ kind: 'brand', term: 'ミドリ電機', start: 0, end: 5, brandId: 'midori' }], ...over,
  };
}
const seen = (postId: string, over: Partial<SeenPost> = {}): SeenPost => ({ ...summary(postId), tabId: 1, seenAt: Date.now(), ...over });

const shown = () => [...document.querySelectorAll<HTMLElement>('[data-testid=queue-item]')].map((li) => li.dataset.postId).sort();

/** The worker's onConnect, and a runtime.connect for the panel that reaches it from `url`. */
function wire(url = fakeBrowser.runtime.getURL('/sidepanel.html')) {
  let accept: ((port: FakePort) => void) | undefined;
  acceptPanels({ addListener: (l) => (accept = l as unknown as (port: FakePort) => void) });
  const ports: FakePort[] = [];
  const connect = ({ name }: { name: string }) => {
    const { near: panelEnd, far: workerEnd } = portPair(name, { url });
    ports.push(panelEnd);
    accept!(workerEnd);
    return panelEnd as unknown as Browser.runtime.Port;
  };
  return { connect, ports };
}

let root: Root;
let wired: ReturnType<typeof wire>;

beforeEach(async () => {
  takeStartedAtLoad();
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('not wrapped in act')) error(...args);
  });
  fakeBrowser.reset();
  await Promise.all([db.seenPosts.clear(), db.handled.clear(), db.claims.clear(), db.kv.clear(), db.packs.clear()]);
  await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
  await db.seenPosts.put(seen('100'));
  wired = wire();
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(wired.connect as never);
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  await act(async () => root.render(<QueueView />));
  await until(() => expect(shown()).toEqual(['100']));
  expect(panelsOpen()).toBe(true);
});

afterEach(async () => {
  await act(async () => root.unmount());
  await takeStartedRead(0);
  vi.restoreAllMocks();
  expect(panelsOpen()).toBe(false);
});

describe("the worker's hand-off of newly seen posts to the panel", () => {
  it('shows a post handed over before anything is written, and drops it when the worker says its write failed', async () => {
    handToPanels([seen('200', { priority: 90 })], {});
    await until(() => expect(shown()).toEqual(['100', '200']));
    expect(await db.seenPosts.get('200')).toBeUndefined();
    // The write failed: the panel reads the queue whole, and shows what the database holds.
    panelsReread();
    await until(() => expect(shown()).toEqual(['100']));
  });

  it('a post handed over whose write is still on its way stays while the panel counts the window for another write', async () => {
    handToPanels([seen('250', { priority: 90 })], {});
    await until(() => expect(shown()).toContain('250'));
    // Sixty rows at once: the write names no keys, so the panel counts the window, which does not hold 250 yet.
    await db.seenPosts.bulkPut(Array.from({ length: 60 }, (_, i) => seen(String(1000 + i), { priority: 1 })));
    const setSize = () => document.querySelector('[data-testid=queue-item]')?.getAttribute('aria-setsize');
    await until(() => expect(setSize()).toBe('62'));
    // Had the count made it read everything again, 250 would be gone by now (it is not in the database).
    await new Promise((r) => setTimeout(r, 300));
    expect(setSize()).toBe('62');
    expect(shown()).toContain('250');
  });

  it('ends as the database says when the write that follows brings another state (a teammate handled the post meanwhile)', async () => {
    handToPanels([seen('300')], {});
    await until(() => expect(shown()).toEqual(['100', '300']));
    await db.handled.put({
      postId: '300', operator: '鈴木', operatorName: '鈴木', url: seen('300').url, authorHandle: 'user300', category: 'complaint',
      priority: 50, brands: ['midori'], action: 'replied', handledAt: Date.now(), publishedAt: null, sync: 'remote',
    });
    await until(() => expect(shown()).toEqual(['100']));
  });

  it("a tab's report reaches the panel through the hand-off with the post's state, and is stored", async () => {
    const handled = {
      postId: '400', operator: '鈴木', operatorName: '鈴木', url: summary('400').url, authorHandle: 'user400', category: 'complaint' as const,
      priority: 50, brands: ['midori'], action: 'replied' as const, handledAt: Date.now(), publishedAt: null, sync: 'remote' as const,
    };
    await db.handled.put(handled);
    const handedOver: string[] = [];
    wired.ports[0]!.onMessage.addListener((m) => handedOver.push(...((m as { rows?: SeenPost[] }).rows ?? []).map((r) => r.postId)));
    expect(await route({ type: 'posts/seen', posts: [summary('400'), summary('500')] }, { tab: { id: 7 } as Sender['tab'] })).toEqual({ ok: true });
    await until(() => expect(shown()).toEqual(['100', '500']));
    expect(handedOver.sort()).toEqual(['400', '500']);
    expect((await db.seenPosts.get('500'))?.tabId).toBe(7);
  });

  it('connects again once the worker is back (it wrote), after an idle worker closed the port', async () => {
    wired.ports[0]!.disconnect();
    expect(panelsOpen()).toBe(false);
    await db.seenPosts.put(seen('600'));
    await until(() => expect(shown()).toEqual(['100', '600']));
    expect(wired.ports).toHaveLength(2);
    expect(panelsOpen()).toBe(true);
    handToPanels([seen('700')], {});
    await until(() => expect(shown()).toEqual(['100', '600', '700']));
  });
});

describe('who may take part', () => {
  it("keeps no port a content script opens (an x.com page is not a panel)", () => {
    const fromPage = wire('https://x.com/home');
    fromPage.connect({ name: SEEN_PORT });
    // The panel rendered in beforeEach is the only one kept.
    wired.ports[0]!.disconnect();
    expect(panelsOpen()).toBe(false);
  });

  it('drops a malformed hand-off with a warning, and passes a valid one on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rows = vi.fn();
    let port: FakePort | undefined;
    const stop = connectSeenHandoff({ rows, reread: vi.fn() }, {
      connect: ({ name }) => {
        port = new FakePort(name);
        port.other = new FakePort(name);
        port.other.other = port;
        return port as unknown as Browser.runtime.Port;
      },
    });
    port!.other.postMessage({ type: 'seen', rows: [{ ...seen('800'), url: 'javascript:alert(1)' }], states: {} });
    port!.other.postMessage({ type: 'seen', rows: [seen('801')], states: {} });
    await until(() => expect(rows).toHaveBeenCalledTimes(1));
    expect(rows.mock.calls[0]![0].map((r: SeenPost) => r.postId)).toEqual(['801']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('malformed'), expect.anything());
    stop.stop();
  });
});
