import { db } from '../../db/database';
import { recordSeen } from '../../queue/seen-posts';
import { defineHandler } from '../define-handler';

/**
 * Brand posts a tab has shown: the side panel's queue reads them with useLiveQuery, so storing them
 * is all it takes to update the queue. A post with no tab (not from a tab's content script) is refused.
 */
export default defineHandler('posts/seen', async (req, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'posts/seen comes from a tab' };
  await recordSeen(db, req.posts, tabId, Date.now());
  return { ok: true };
});
