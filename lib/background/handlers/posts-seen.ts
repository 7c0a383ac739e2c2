import { db } from '../../db/database';
import { recordSeen } from '../../queue/seen-posts';
import { defineHandler } from '../define-handler';
import { labelPosts } from '../learned-layer';
import { notifyTabs } from '../notify-tabs';

/**
 * Brand posts a tab has shown: the side panel's queue reads them with useLiveQuery, so storing them
 * is all it takes to update the queue. A post with no tab (not from a tab's content script) is refused.
 * Each is labelled as the team sees it first (a correction, the learned layer); chips whose
 * category changed that way are told to ask again.
 */
export default defineHandler('posts/seen', async (req, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'posts/seen comes from a tab' };
  const posts = await labelPosts(req.posts);
  await recordSeen(db, posts, tabId, Date.now());
  const relabelled = posts.filter((p, i) => p.category !== req.posts[i]!.category).map((p) => p.postId);
  if (relabelled.length) void notifyTabs({ type: 'push/state-changed', postIds: relabelled }).catch(() => {});
  return { ok: true };
});
