import type { SeenPost } from '@/lib/contract/records';
import { selectedPost } from '@/lib/db/kv-items';
import { sendRequest } from '@/lib/contract/send';

/** Selects a post in the panel and asks the tab that showed it to scroll to it and mark it. */
export async function focusPost(post: SeenPost, queueTab: number | null | undefined): Promise<void> {
  const tabId = queueTab != null && post.tabIds.includes(queueTab) ? queueTab : post.tabIds.at(-1);
  await selectedPost.set({ postId: post.postId, tabId, at: Date.now() });
  // The tab may be gone or its content script not (yet) running: the selection still stands.
  if (tabId !== undefined) await sendRequest({ type: 'post/focus', tabId, postId: post.postId });
}
