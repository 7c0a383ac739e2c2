import { displayNameOf, shownHandleOf } from './author';
import { readCounts } from './counts';
import { ownScope, type OwnScope } from './scope';
import {
  FOCAL_ATTR, FOCAL_VALUE, PLACEMENT_TRACKING, SHOW_MORE, SOCIAL_CONTEXT, STATUS_PATH, STATUS_TIME,
  TWEET_TEXT, USER_NAME,
} from './selectors';
import { readText } from './text';
import type { ExtractedPost, QuotedPost } from './types';

/** The post's own permalink time (never the quoted post's, which has no link anyway). */
function ownStatusTime(scope: OwnScope): HTMLTimeElement | null {
  return scope.own(STATUS_TIME) as HTMLTimeElement | null;
}

/**
 * An ad: inside placementTracking AND without a status time link. placementTracking alone also
 * wraps every video player, so it cannot decide by itself.
 */
export function isAd(article: Element): boolean {
  return article.closest(PLACEMENT_TRACKING) !== null && ownStatusTime(ownScope(article)) === null;
}

function readQuote(block: Element | null): QuotedPost | null {
  if (!block) return null;
  const userName = block.querySelector(USER_NAME);
  const textEl = block.querySelector(TWEET_TEXT);
  return {
    handle: shownHandleOf(userName),
    displayName: displayNameOf(userName),
    text: textEl ? readText(textEl).text : '',
    lang: textEl?.getAttribute('lang') ?? null,
  };
}

function parseTime(time: Element): number | null {
  const ms = Date.parse(time.getAttribute('datetime') ?? '');
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Reads one `article[data-testid="tweet"]` as X currently shows it. Returns null for ads and for
 * articles that do not look like a post (no status time link): the caller treats those as
 * "not a post", and the markup health check notices if that becomes every article.
 */
export function extractPost(article: Element): ExtractedPost | null {
  const scope = ownScope(article);
  const time = ownStatusTime(scope);
  const path = time?.closest('a')?.getAttribute('href')?.match(STATUS_PATH);
  if (!time || !path?.[1] || !path[2]) return null;
  const [, handle, id] = path;
  const userName = scope.own(USER_NAME);
  const textElement = scope.own(TWEET_TEXT);
  const { text, pieces } = textElement ? readText(textElement) : { text: '', pieces: [] };
  const context = scope.own(SOCIAL_CONTEXT)?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    id,
    url: `https://x.com/${handle}/status/${id}`,
    handle,
    displayName: displayNameOf(userName),
    text,
    lang: textElement?.getAttribute('lang') ?? null,
    publishedAt: parseTime(time),
    counts: readCounts(article),
    isFocal: article.getAttribute(FOCAL_ATTR) === FOCAL_VALUE,
    textElement,
    pieces,
    truncated: scope.own(SHOW_MORE) !== null,
    socialContext: context || null,
    quote: readQuote(scope.quote),
  };
}
