import { browser } from 'wxt/browser';
import type { Push } from '../contract/messages';
import { X_MATCH_PATTERNS } from '../contract/x';

/** Tells every x.com tab's content script that something it shows has changed. */
export async function notifyTabs(push: Push): Promise<void> {
  const tabs = await browser.tabs.query({ url: X_MATCH_PATTERNS });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, push).catch(() => {}))));
}
