import { browser } from 'wxt/browser';
import { db } from '../../db/database';
import { recordSeen } from '../../queue/seen-posts';
import { defineHandler } from '../define-handler';
import { deadlinesOf, noteTeamSightings } from '../team-posts';

/**
 * Brand posts a tab has shown: the side panel's queue reads them with useLiveQuery, so storing them
 * is all it takes to update the queue. A post with no tab (not from a tab's content script) is refused.
 */
export default defineHandler('posts/seen', async (req, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'posts/seen comes from a tab' };
  const now = Date.now();
  const before = await db.seenPosts.bulkGet(req.posts.map((p) => p.postId));
  await recordSeen(db, req.posts, tabId, now);
  await noteTeamSightings(db, req.posts, sender.tab?.url, now);
  // The chips asked for state before these posts were stored: send them their reply deadlines.
  const fresh = req.posts.filter((_p, i) => !before[i]).map((p) => p.postId);
  const ids = fresh.length ? Object.keys(await deadlinesOf(db, fresh)) : [];
  if (ids.length) void browser.tabs.sendMessage(tabId, { type: 'push/state-changed', postIds: ids }).catch(() => {});
  return { ok: true };
});
