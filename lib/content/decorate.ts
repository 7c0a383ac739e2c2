import type { Classification } from '../classify/types';
import type { ExtractedPost } from '../x/types';
import { rangesForSpan } from '../x/ranges';
import type { Highlighter, KindRange } from './highlight';
import { CHIP_ATTR, removeChip } from './chip';

export const ATTR = {
  category: 'data-kizuki-category',
  priority: 'data-kizuki-priority',
  handled: 'data-kizuki-handled',
  focused: 'data-kizuki-focused',
} as const;

/** Ranges of every matched span, in the post's own text only (never a quoted post's). */
export function rangesOf(post: ExtractedPost, c: Classification): KindRange[] {
  const out: KindRange[] = [];
  for (const m of c.matches) {
    for (const range of rangesForSpan(post.pieces, m.start, m.end)) out.push({ kind: m.kind, range });
  }
  return out;
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setPostAttrs(article: Element, c: Classification, handledBy: string | null): void {
  setAttr(article, ATTR.category, c.category);
  setAttr(article, ATTR.priority, String(c.priority));
  setAttr(article, ATTR.handled, handledBy);
}

/** Takes everything of ours off an article (it now holds a post without a brand, an ad, or nothing). */
export function undecorate(article: Element, highlighter: Highlighter): void {
  highlighter.clear(article);
  for (const name of Object.values(ATTR)) article.removeAttribute(name);
  if (article.querySelector(`[${CHIP_ATTR}]`)) removeChip(article);
}
