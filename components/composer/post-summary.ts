import type { SeenPost } from '@/lib/db/records';
import type { PostSummary } from '@/lib/messages/protocol';

/** The seen post as the message protocol describes a post (without the panel's tab bookkeeping). */
export function toSummary(post: SeenPost): PostSummary {
  const { tabId: _tab, seenAt: _seen, ...summary } = post;
  return summary;
}
