import { NESTED_ARTICLE, QUOTE_BLOCK_CANDIDATE, USER_NAME } from './selectors';

/** What belongs to an article's own post, found with the article's embedded blocks looked up ONCE. */
export interface OwnScope {
  /** First element matching `selector` that is the article's own (not inside a quote). */
  own(selector: string): Element | null;
  /** The quoted post block inside the article, if any. */
  quote: Element | null;
}

/**
 * The article's embedded blocks: quoted post blocks (a `div[role=link]` with its own User-Name) and
 * nested (unavailable-quote) articles. A quoted post's words are not the outer author's, so
 * extraction and highlighting must never reach into them. Looked up once per article: asking every
 * candidate's ancestors "are you a quote?" for each of the post's parts cost more than reading the post.
 */
export function ownScope(article: Element): OwnScope {
  const embeds = [...article.querySelectorAll(`${NESTED_ARTICLE},${QUOTE_BLOCK_CANDIDATE}`)].filter(
    (el) => el.matches(NESTED_ARTICLE) || el.querySelector(USER_NAME),
  );
  // Inside a block other than itself (a block is not embedded by being one).
  const embedded = (el: Element) => embeds.some((block) => block !== el && block.contains(el));
  return {
    own(selector) {
      for (const el of article.querySelectorAll(selector)) if (!embedded(el)) return el;
      return null;
    },
    quote: embeds.find((el) => !el.matches(NESTED_ARTICLE) && !embedded(el)) ?? null,
  };
}
