import type { SeenPost } from '@/lib/db/records';
import { sendRequest } from '@/lib/messages/send';
import { selectPost } from './selected-post';

/** Selects a post in the panel and asks its tab to scroll to it and mark it. */
export async function focusPost(post: SeenPost): Promise<void> {
  await selectPost(post.postId, post.tabId);
  // The tab may be gone or its content script not (yet) running: the selection still stands.
  await sendRequest({ type: 'post/focus', tabId: post.tabId, postId: post.postId }).catch(() => undefined);
}
