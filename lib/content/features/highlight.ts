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

/**
 * Posts within this margin of the viewport carry their ranges in the registry; the others keep them
 * aside. Chromium rebuilds every custom-highlight marker whenever anything in the document's DOM or
 * style changed, and repaints each text node that holds one: every frame in which X or Kizuki changes
 * anything, each highlighted post on the page was painted again, on screen or not. Half a screen
 * ahead, a post scrolled into view already has its highlights.
 */
const NEAR_VIEWPORT = '50%';

/** One CSS Custom Highlight per kind; X's text nodes are never touched. */
export const highlight: Feature = {
  name: 'highlight',
  survivesNavigation: true,
  init(signal, page) {
    const registry = new Map<MatchKind, Highlight>();
    /** Each brand post's ranges, whether in the registry (near the viewport) or kept aside. */
    const owned = new Map<Element, KindRange[]>();
    /** What the observer last said of each article: near the viewport or not (absent: nothing yet). */
    const near = new Map<Element, boolean>();
    const show = (article: Element, on: boolean) => {
      for (const { kind, range } of owned.get(article) ?? []) registry.get(kind)?.[on ? 'add' : 'delete'](range);
    };
    /** Posts read for the first time in a reading still under way: shown with the rest of its marks (Batch.place). */
    const toShow = new Set<Element>();
    const watch = new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        // Until the observer's first word, a post's ranges are shown (see onBatch): only a change is written.
        const shown = near.get(target) !== false;
        near.set(target, isIntersecting);
        if (isIntersecting !== shown && !toShow.has(target)) show(target, isIntersecting);
      }
    }, { rootMargin: NEAR_VIEWPORT });
    if (supported()) {
      HIGHLIGHT_KINDS.forEach((kind, i) => {
        const h = new Highlight();
        h.priority = i;
        CSS.highlights.set(highlightName(kind), h);
        registry.set(kind, h);
      });
    }
    const clear = (article: Element) => {
      show(article, false);
      owned.delete(article);
      near.delete(article);
      toShow.delete(article);
      watch.unobserve(article);
      for (const name of Object.values(POST_ATTR)) article.removeAttribute(name);
    };

    page.onBatch(({ posts, cleared, place, perf }) => {
      for (const article of cleared) clear(article);
      for (const view of posts) {
        // Until the observer's first word on an article, its ranges are shown: a post just read is
        // most likely on screen. A post read again (X re-rendered it) has its ranges swapped at once;
        // a new one is shown when the reading places its marks.
        const seen = owned.has(view.article);
        show(view.article, false);
        owned.set(view.article, rangesOf(view));
        if (near.get(view.article) !== false) {
          if (seen || place) show(view.article, true);
          else toShow.add(view.article);
        }
        watch.observe(view.article);
        setAttr(view.article, POST_ATTR.category, view.classification.category);
        setAttr(view.article, POST_ATTR.priority, String(view.classification.priority));
      }
      // X recycles and removes cells while scrolling: drop ranges of articles that left the page.
      for (const article of owned.keys()) if (!article.isConnected) clear(article);
      if (place) {
        for (const article of toShow) if (near.get(article) !== false) show(article, true);
        toShow.clear();
      }
      perf.lap('highlight');
    }, signal);

    signal.addEventListener('abort', () => {
      for (const article of owned.keys()) clear(article);
      watch.disconnect();
      for (const kind of registry.keys()) CSS.highlights.delete(highlightName(kind));
    }, { once: true });
  },
};
