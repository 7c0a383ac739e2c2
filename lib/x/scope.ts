import { NESTED_ARTICLE, QUOTE_BLOCK_CANDIDATE, USER_NAME } from './selectors';

/**
 * True when `el` belongs to something embedded in `article` rather than to the article's own post:
 * a quoted post block or a nested (unavailable-quote) article. A quoted post's words are not the
 * outer author's, so extraction and highlighting must never reach into it.
 */
export function isEmbedded(el: Element, article: Element): boolean {
  for (let node = el.parentElement; node && node !== article; node = node.parentElement) {
    if (node.matches(NESTED_ARTICLE)) return true;
    if (node.matches(QUOTE_BLOCK_CANDIDATE) && node.querySelector(USER_NAME)) return true;
  }
  return false;
}

/** First element matching `selector` that is the article's own (not inside a quote). */
export function ownQuery(article: Element, selector: string): Element | null {
  for (const el of article.querySelectorAll(selector)) {
    if (!isEmbedded(el, article)) return el;
  }
  return null;
}

/** The quoted post block inside `article`, if any. */
export function quoteBlock(article: Element): Element | null {
  for (const el of article.querySelectorAll(QUOTE_BLOCK_CANDIDATE)) {
    if (el.querySelector(USER_NAME) && !isEmbedded(el, article)) return el;
  }
  return null;
}
