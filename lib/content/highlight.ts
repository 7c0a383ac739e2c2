import type { MatchKind } from '../categories';

// Kinds in painting order: later ones win where spans overlap (an urgency word inside a complaint
// phrase should read as urgent). Names are prefixed: the highlight registry is shared with X's page.
export const HIGHLIGHT_KINDS: readonly MatchKind[] = ['praise', 'question', 'request', 'complaint', 'brand', 'urgent'];
export const highlightName = (kind: MatchKind): string => `kizuki-${kind}`;

export interface KindRange {
  kind: MatchKind;
  range: Range;
}

export interface Highlighter {
  /** Replaces every range this article had with `ranges`. */
  set(article: Element, ranges: KindRange[]): void;
  clear(article: Element): void;
  /** Drops ranges of articles no longer in the page (X recycles and removes cells while scrolling). */
  sweep(): void;
  dispose(): void;
}

function supported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** One CSS Custom Highlight per kind; X's text nodes are never touched. */
export function createHighlighter(): Highlighter {
  const registry = new Map<MatchKind, Highlight>();
  const owned = new Map<Element, KindRange[]>();
  if (supported()) {
    HIGHLIGHT_KINDS.forEach((kind, i) => {
      const highlight = new Highlight();
      highlight.priority = i;
      CSS.highlights.set(highlightName(kind), highlight);
      registry.set(kind, highlight);
    });
  }

  function clear(article: Element): void {
    for (const { kind, range } of owned.get(article) ?? []) registry.get(kind)?.delete(range);
    owned.delete(article);
  }

  return {
    set(article, ranges) {
      clear(article);
      if (ranges.length === 0) return;
      for (const { kind, range } of ranges) registry.get(kind)?.add(range);
      owned.set(article, ranges);
    },
    clear,
    sweep() {
      for (const article of [...owned.keys()]) if (!article.isConnected) clear(article);
    },
    dispose() {
      for (const kind of registry.keys()) CSS.highlights.delete(highlightName(kind));
      owned.clear();
    },
  };
}
