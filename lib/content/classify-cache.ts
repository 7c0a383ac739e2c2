import type { Classification, PostInput } from '../classify/types';
import type { ExtractedPost } from '../x/types';

export interface Classifier {
  classify(post: PostInput): Classification;
}

const LIMIT = 5000;

/**
 * Classifications remembered by post id and text: a post scrolled past twice, or its cell re-rendered
 * by X, is not classified again. Keyed by id, never by element (cells are recycled).
 */
export function createClassifyCache() {
  const cache = new Map<string, { text: string; result: Classification }>();
  return {
    classify(classifier: Classifier, post: ExtractedPost): Classification {
      const hit = cache.get(post.id);
      if (hit && hit.text === post.text) return hit.result;
      const result = classifier.classify(toInput(post));
      // Oldest first out: Map keeps insertion order.
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(post.id, { text: post.text, result });
      return result;
    },
    clear: () => cache.clear(),
  };
}

function toInput(post: ExtractedPost): PostInput {
  const { replies, reposts, likes } = post.counts;
  return {
    id: post.id,
    text: post.text,
    lang: post.lang ?? undefined,
    publishedAt: post.publishedAt ?? undefined,
    counts: { replies: replies ?? undefined, reposts: reposts ?? undefined, likes: likes ?? undefined },
  };
}
