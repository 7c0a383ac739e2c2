import { extractPost, isAd } from '../x/extract';
import type { PostSummary } from '../messages/protocol';
import { createClassifyCache, type Classifier } from './classify-cache';
import { renderChip, type ChipAction } from './chip';
import { chipView, handledAttr, type LocalChipFlags } from './chip-view';
import { ATTR, rangesOf, setPostAttrs, undecorate } from './decorate';
import type { Highlighter } from './highlight';
import { startBatchTimer } from './perf';
import type { PostRegistry } from './post-registry';
import type { StateStore } from './post-state';
import { toSummary } from './summary';

export interface AnnotateDeps {
  highlighter: Highlighter;
  registry: PostRegistry;
  states: StateStore;
  flags: Map<string, LocalChipFlags>;
  onAction: (action: ChipAction, postId: string) => void;
  /** New brand posts of a batch, to report to the background (queue) in one message. */
  onSeen: (posts: PostSummary[]) => void;
}

/**
 * extract → classify → highlight → chip, for each article X added or changed. Everything is derived
 * from the article's CURRENT content: a recycled cell that now holds another post loses the old
 * post's ranges, attributes and chip in the same pass.
 */
export function createAnnotator(deps: AnnotateDeps) {
  const { highlighter, registry, states } = deps;
  const cache = createClassifyCache();
  let classifier: Classifier | null = null;

  function paintChip(article: Element, postId: string): void {
    const d = registry.get(article);
    const anchor = d?.post.textElement;
    if (!d || !anchor || d.post.id !== postId) return;
    const state = states.get(postId);
    setPostAttrs(article, d.classification, handledAttr(state));
    renderChip(article, anchor, chipView(d.classification, state, states.operator(), deps.flags.get(postId)), deps.onAction);
  }

  function annotate(articles: Element[]): void {
    const perf = startBatchTimer();
    const unknown: string[] = [];
    const seen: PostSummary[] = [];
    let brandPosts = 0;
    for (const article of articles) {
      if (!article.isConnected) continue;
      const post = classifier && !isAd(article) ? extractPost(article) : null;
      perf.lap('extract');
      const c = post && post.textElement ? cache.classify(classifier!, post) : null;
      perf.lap('classify');
      if (!post || !c || c.brands.length === 0) {
        registry.delete(article);
        undecorate(article, highlighter);
        continue;
      }
      brandPosts++;
      highlighter.set(article, rangesOf(post, c));
      perf.lap('highlight');
      const before = registry.get(article);
      // The side panel's mark belongs to a post, not to the cell that happened to show it.
      if (before && before.post.id !== post.id) article.removeAttribute(ATTR.focused);
      const summary = before?.post.id === post.id && before.post.text === post.text ? before.summary : toSummary(post, c);
      registry.set(article, { post, classification: c, summary });
      seen.push(summary);
      if (!states.known(post.id)) unknown.push(post.id);
      paintChip(article, post.id);
      perf.lap('chip');
    }
    highlighter.sweep();
    registry.sweep();
    perf.end(articles.length, brandPosts);
    void states.fetch(unknown);
    if (seen.length) deps.onSeen(seen);
  }

  return {
    annotate,
    setClassifier(next: Classifier): void {
      classifier = next;
      cache.clear();
    },
    /** Repaints the chips of these posts (state changed, undo expired); no re-classification. */
    repaint(postIds: Iterable<string>): void {
      for (const id of new Set(postIds)) for (const article of registry.articlesOf(id)) paintChip(article, id);
    },
  };
}
export type Annotator = ReturnType<typeof createAnnotator>;
