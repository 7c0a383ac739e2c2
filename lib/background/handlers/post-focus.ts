import { z } from 'zod';
import { browser } from 'wxt/browser';
import type { Push } from '../../messages/protocol';
import { defineHandler } from '../define-handler';

const schema = z.object({ type: z.literal('post/focus'), tabId: z.number().int(), postId: z.string().regex(/^\d{1,25}$/) });

/** The side panel picked a post: the tab that showed it scrolls to it and marks it. */
export default defineHandler('post/focus', schema, async (req) => {
  const push: Push = { type: 'push/focus', postId: req.postId };
  try {
    await browser.tabs.update(req.tabId, { active: true });
    const reply = (await browser.tabs.sendMessage(req.tabId, push)) as { ok?: boolean } | undefined;
    return { ok: reply?.ok === true };
  } catch {
    // The tab was closed or reloaded (no content script yet).
    return { ok: false };
  }
});
