import type { SeenPost } from '@/lib/contract/records';
import { selectedPost } from '@/lib/db/kv-items';
import { sendRequest } from '@/lib/contract/send';

/**
 * Selects a post in the panel and asks an x.com tab to scroll to it and mark it: the tab the operator
 * works in first, then the tab that last showed the post (it may be closed, or show other posts now).
 */
export async function focusPost(post: SeenPost, queueTab: number | null | undefined): Promise<void> {
  const tabs = [...new Set([queueTab, post.tabId].filter((id): id is number => typeof id === 'number'))];
  await selectedPost.set({ postId: post.postId, tabId: tabs[0], at: Date.now() });
  for (const tabId of tabs) {
    // The tab may be gone or its content script not (yet) running: the selection still stands.
    const reply = await sendRequest({ type: 'post/focus', tabId, postId: post.postId });
    if (reply.ok && reply.found) return;
  }
}
