import { LIKE_BUTTON, REPLY_BUTTON, REPOST_BUTTON } from './selectors';
import type { ExtractedPost } from './types';

/**
 * The exact count from a button's aria-label. The visible number is rounded ("8.7K") but the label
 * holds the integer, in the operator's language ("8783 Likes. Like", "8783 件のいいね。いいねする"):
 * take the first run of digits, allowing thousands separators in case a locale adds them.
 */
export function countFromLabel(label: string | null): number | null {
  const run = label?.match(/\d(?:\d|[,.\u00a0\u202f ](?=\d{3}(?!\d)))*/);
  return run ? Number(run[0].replace(/\D/g, '')) : null;
}

/**
 * Quoted posts never carry action buttons, so only a nested article is excluded here. (The
 * anonymised [yoink] x-tweet-quote-video lost closing tags and parses with the action bar inside
 * the quote block; the buttons are still the outer post's.)
 */
function buttonCount(article: Element, selector: string): number | null {
  for (const button of article.querySelectorAll(selector)) {
    if (button.parentElement?.closest('article') === article) {
      return countFromLabel(button.getAttribute('aria-label'));
    }
  }
  return null;
}

export function readCounts(article: Element): ExtractedPost['counts'] {
  return {
    replies: buttonCount(article, REPLY_BUTTON),
    reposts: buttonCount(article, REPOST_BUTTON),
    likes: buttonCount(article, LIKE_BUTTON),
  };
}
