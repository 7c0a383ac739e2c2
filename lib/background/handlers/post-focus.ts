import { browser } from 'wxt/browser';
import type { Push } from '../../contract/messages';
import { defineHandler } from '../define-handler';

/** The side panel picked a post: the tab that showed it scrolls to it and marks it. */
export default defineHandler('post/focus', async (req) => {
  const push: Push = { type: 'push/focus', postId: req.postId };
  try {
    await browser.tabs.update(req.tabId, { active: true });
    const reply = (await browser.tabs.sendMessage(req.tabId, push)) as { ok?: boolean } | undefined;
    return { ok: true, found: reply?.ok === true };
  } catch {
    // The tab was closed or reloaded (no content script yet).
    return { ok: true, found: false };
  }
});
