import type { Classification } from '../classify/types';
import type { PostSummary } from '../messages/protocol';
import type { ExtractedPost } from '../x/types';

/** What the background and the side panel learn of a brand post: plain data, no DOM. */
export function toSummary(post: ExtractedPost, c: Classification): PostSummary {
  return {
    postId: post.id,
    url: post.url,
    authorHandle: post.handle,
    displayName: post.displayName,
    text: post.text,
    lang: post.lang,
    publishedAt: post.publishedAt,
    category: c.category,
    priority: c.priority,
    brands: c.brands,
    matches: c.matches.map(({ kind, term, start, end, brandId }) => ({ kind, term, start, end, ...(brandId ? { brandId } : {}) })),
  };
}
