import type { MatchKind } from '../../categories';
import { rangesForSpan } from '../../x/ranges';
import type { Feature } from '../features';
import type { PostView } from '../pipeline';

// Kinds in painting order: later ones win where spans overlap (an urgency word inside a complaint
// phrase should read as urgent). Names are prefixed: the highlight registry is shared with X's page.
export const HIGHLIGHT_KINDS: readonly MatchKind[] = ['praise', 'question', 'request', 'complaint', 'brand', 'urgent'];
export const highlightName = (kind: MatchKind): string => `kizuki-${kind}`;

/** Attributes on a brand post's article: the page's CSS and the browser tests read them. */
export const POST_ATTR = { category: 'data-kizuki-category', priority: 'data-kizuki-priority' } as const;

interface KindRange {
  kind: MatchKind;
  range: Range;
}

function supported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** Ranges of every matched span, in the post's own text only (never a quoted post's). */
function rangesOf({ post, classification }: PostView): KindRange[] {
  return classification.matches.flatMap((m) => rangesForSpan(post.pieces, m.start, m.end).map((range) => ({ kind: m.kind, range })));
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** One CSS Custom Highlight per kind; X's text nodes are never touched. */
export const highlight: Feature = {
  name: 'highlight',
  init(signal, page) {
    const registry = new Map<MatchKind, Highlight>();
    const owned = new Map<Element, KindRange[]>();
    if (supported()) {
      HIGHLIGHT_KINDS.forEach((kind, i) => {
        const h = new Highlight();
        h.priority = i;
        CSS.highlights.set(highlightName(kind), h);
        registry.set(kind, h);
      });
    }
    const clear = (article: Element) => {
      for (const { kind, range } of owned.get(article) ?? []) registry.get(kind)?.delete(range);
      owned.delete(article);
      for (const name of Object.values(POST_ATTR)) article.removeAttribute(name);
    };

    page.onBatch(({ posts, cleared, perf }) => {
      for (const article of cleared) clear(article);
      for (const view of posts) {
        clear(view.article);
        const ranges = rangesOf(view);
        for (const { kind, range } of ranges) registry.get(kind)?.add(range);
        owned.set(view.article, ranges);
        setAttr(view.article, POST_ATTR.category, view.classification.category);
        setAttr(view.article, POST_ATTR.priority, String(view.classification.priority));
      }
      // X recycles and removes cells while scrolling: drop ranges of articles that left the page.
      for (const article of owned.keys()) if (!article.isConnected) clear(article);
      perf.lap('highlight');
    }, signal);

    signal.addEventListener('abort', () => {
      for (const article of owned.keys()) clear(article);
      for (const kind of registry.keys()) CSS.highlights.delete(highlightName(kind));
    }, { once: true });
  },
};
