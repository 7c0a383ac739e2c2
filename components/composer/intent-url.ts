/**
 * X's own reply box for a post, with the draft in it. Kizuki never posts: the operator reads the
 * draft once more in X and presses Post there.
 */
export function replyIntentUrl(postId: string, draft: string): string {
  return `https://x.com/intent/post?in_reply_to=${encodeURIComponent(postId)}&text=${encodeURIComponent(draft)}`;
}
