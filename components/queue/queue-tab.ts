import { browser, type Browser } from 'wxt/browser';
import { isXUrl } from '@/lib/contract/x';

function isXTab(tab: Browser.tabs.Tab | undefined): tab is Browser.tabs.Tab & { id: number } {
  return !!tab && tab.id !== undefined && isXUrl(tab.url ?? '');
}

/**
 * Which tab's posts the queue shows.
 *
 * In Chrome's side panel (and Firefox's sidebar) the active tab of the panel's window is the x.com tab
 * the operator is looking at. When the panel is opened as an ordinary page (a pinned tab, or browser
 * tests opening sidepanel.html), the active tab is the panel itself, so we fall back to the x.com tab
 * the operator used most recently (`lastAccessed`). Null when no x.com tab is open. The queue itself
 * holds every tab's posts: this tab is only where a selected post is looked for first.
 */
export async function resolveQueueTab(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (isXTab(active)) return active.id;
  // Filtered here rather than by a `url` query: only x.com URLs are visible to us anyway.
  const xTabs = (await browser.tabs.query({})).filter(isXTab);
  if (xTabs.length === 0) return null;
  xTabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return xTabs[0]!.id;
}
