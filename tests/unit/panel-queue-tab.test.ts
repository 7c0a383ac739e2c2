import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { resolveQueueTab } from '@/components/queue/queue-tab';

type Tab = Partial<Browser.tabs.Tab>;

/** Answers tabs.query as the browser would: `active` picks the active tab, `{}` lists them all. */
function tabs(all: Tab[], activeId: number | null) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q: Browser.tabs.QueryInfo) =>
    (q.active ? all.filter((t) => t.id === activeId) : all) as Browser.tabs.Tab[],
  );
}


describe('resolveQueueTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it("is the active tab when it is x.com (the real side panel beside X)", async () => {
    tabs([{ id: 1, url: 'https://x.com/home', lastAccessed: 10 }, { id: 2, url: 'https://x.com/search?q=a', lastAccessed: 99 }], 1);
    expect(await resolveQueueTab()).toBe(1);
  });

  it('falls back to the x.com tab used last when the active tab is the panel itself', async () => {
    tabs(
      [
        { id: 1, url: 'chrome-extension://abc/sidepanel.html', lastAccessed: 100 },
        { id: 2, url: 'https://x.com/home', lastAccessed: 10 },
        { id: 3, url: 'https://twitter.com/search?q=a', lastAccessed: 50 },
        { id: 4, url: 'https://example.com/', lastAccessed: 90 },
      ],
      1,
    );
    expect(await resolveQueueTab()).toBe(3);
  });

  it('is null when no x.com tab is open', async () => {
    tabs([{ id: 1, url: 'https://example.com/' }, { id: 2 }], 1);
    expect(await resolveQueueTab()).toBeNull();
  });
});
