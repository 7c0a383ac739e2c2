import { browser } from 'wxt/browser';
import type { Push } from '../contract/messages';

/** Tells every x.com tab's content script that something it shows has changed. */
export async function notifyTabs(push: Push): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['https://x.com/*', 'https://twitter.com/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, push).catch(() => {}))));
}
