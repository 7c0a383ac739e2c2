import type { Classification } from '../classify/types';
import type { PostSummary } from '../messages/protocol';
import type { ExtractedPost } from '../x/types';

export interface Decorated {
  post: ExtractedPost;
  classification: Classification;
  summary: PostSummary;
}

/**
 * Which brand post each on-screen article holds right now. An article is re-read whenever X changes
 * it, so a recycled cell simply gets a new entry; entries of articles that left the page are swept.
 */
export function createPostRegistry() {
  const byArticle = new Map<Element, Decorated>();
  return {
    set: (article: Element, d: Decorated) => void byArticle.set(article, d),
    delete: (article: Element) => byArticle.delete(article),
    get: (article: Element) => byArticle.get(article),
    /** The connected articles showing `postId` (a post can appear twice, e.g. in a thread and a quote). */
    articlesOf(postId: string): Element[] {
      const found: Element[] = [];
      for (const [article, d] of byArticle) if (d.post.id === postId && article.isConnected) found.push(article);
      return found;
    },
    summaryOf(postId: string): PostSummary | undefined {
      for (const d of byArticle.values()) if (d.post.id === postId) return d.summary;
      return undefined;
    },
    entries: () => byArticle.entries(),
    sweep(): void {
      for (const article of [...byArticle.keys()]) if (!article.isConnected) byArticle.delete(article);
    },
  };
}
export type PostRegistry = ReturnType<typeof createPostRegistry>;
