import { browser } from 'wxt/browser';
import { db } from '../../db/database';
import { recordSeen } from '../../queue/seen-posts';
import { defineHandler } from '../define-handler';
import { labelPosts } from '../learned-layer';
import { deadlinesOf, noteTeamSightings } from '../team-posts';

/**
 * Brand posts a tab has shown: the side panel's queue reads them with useLiveQuery, so storing them
 * is all it takes to update the queue. A post with no tab (not from a tab's content script) is refused.
 * Each is labelled as the team sees it first (a correction, the learned layer); chips whose
 * category changed that way are told to ask again.
 */
export default defineHandler('posts/seen', async (req, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'posts/seen comes from a tab' };
  const now = Date.now();
  // Labelled as the team sees them first (a correction, the learned layer); which of them are new is
  // read meanwhile: the panel waits for the write below, so nothing before it runs in turn.
  const [posts, before] = await Promise.all([labelPosts(req.posts), db.seenPosts.bulkGet(req.posts.map((p) => p.postId))]);
  await recordSeen(db, posts, tabId, now);
  await noteTeamSightings(db, posts, sender.tab?.url, now);
  // The chips asked for state before these posts were stored: send them their reply deadlines, and
  // the team's category where it differs from what the page's rules said.
  const fresh = posts.filter((_p, i) => !before[i]).map((p) => p.postId);
  const relabelled = posts.filter((p, i) => p.category !== req.posts[i]!.category).map((p) => p.postId);
  const ids = [...new Set([...(fresh.length ? Object.keys(await deadlinesOf(db, fresh)) : []), ...relabelled])];
  if (ids.length) void browser.tabs.sendMessage(tabId, { type: 'push/state-changed', postIds: ids }).catch(() => {});
  return { ok: true };
});
