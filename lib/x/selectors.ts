/**
 * Every selector Kizuki uses on x.com, in one place. X's class names are generated and change with
 * each deploy, so only `data-testid`, ARIA roles and element structure are used.
 *
 * Real pages each selector was checked against (saved copies, see tests/unit/x-real-pages.test.ts):
 *   [xingest]  logged-out profile timelines, Jan 2026 (cz_binance, jason, nikitabier, nodepay, okx)
 *   [harvest]  single posts, reply modals, Nov 2024, Japanese text (timeline, status, modal, edited-*)
 *   [yoink]    Oct 2025 posts: focal post (x-tweet-sample), quotes (x-tweet-quote, x-tweet-quote-video)
 */

/** Column holding the timeline; present on every timeline page. [xingest] */
export const PRIMARY_COLUMN = 'div[data-testid="primaryColumn"]';

/**
 * The list of cells: `section[role=region] > h1 + div[aria-label] > div > cellInnerDiv`. [xingest]
 * Used by test builders and the health check; the content script observes cells wherever they are.
 */
export const TIMELINE_LIST = 'section[role="region"] > div[aria-label] > div';

/**
 * One virtualised row. Cells are absolutely positioned and RECYCLED: the same element later holds
 * another post, so nothing may be cached on the element. [xingest] all 5, [harvest] modal,
 * edited-modal (reply lists), [yoink] x-tweet-quote, x-tweet-quote-video.
 */
export const CELL = 'div[data-testid="cellInnerDiv"]';

/**
 * A post. Only `article` elements: in [harvest] modal/edited-modal a wrapping `div` carries the same
 * testid around the whole modal. Matches in every saved page.
 */
export const POST = 'article[data-testid="tweet"]';

/** Author block: display-name link, `@handle` link, then (except on the focal post) the time link. All pages. */
export const USER_NAME = 'div[data-testid="User-Name"]';

/** The post text. `lang` is X's detected language ("ja", "en", "qme" for emoji-only). All pages. */
export const TWEET_TEXT = 'div[data-testid="tweetText"]';

/** Button (or link) after a truncated text. [xingest] cz_binance, jason, nikitabier, nodepay; [harvest] edited-timeline, edited-modal. */
export const SHOW_MORE = '[data-testid="tweet-text-show-more-link"]';

/** Rows above the author: [xingest] cz_binance, jason, nodepay, okx "Pinned"; [harvest] timeline "birdman reposted". */
export const SOCIAL_CONTEXT = '[data-testid="socialContext"]';

/**
 * Wraps promoted posts AND every video player ([xingest] jason, nodepay, okx; [harvest] status,
 * timeline; [yoink] x-tweet-quote-video), a card's media ([harvest] modal) and the profile header
 * (all [xingest] pages). Only an ancestor placementTracking without a status time link marks an ad
 * ([harvest] modal: the "Hero Wars" promoted reply).
 */
export const PLACEMENT_TRACKING = '[data-testid="placementTracking"]';

/**
 * The post's permalink: a status link holding a `time`. Ads have status links too (".../analytics")
 * but no time; photo links (".../photo/1") hold no time either. On an edited focal post the time
 * links to ".../status/<id>/history" ([harvest] edited-status, edited-modal).
 */
export const STATUS_TIME = 'a[href*="/status/"] time[datetime]';
export const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/** Action buttons; aria-label holds the exact, localised count ("15 Replies. Reply"). All pages. */
export const REPLY_BUTTON = '[data-testid="reply"]';
/** "retweet", or "unretweet" once the viewer has reposted. */
export const REPOST_BUTTON = '[data-testid="retweet"], [data-testid="unretweet"]';
/** "like", or "unlike" once the viewer has liked. */
export const LIKE_BUTTON = '[data-testid="like"], [data-testid="unlike"]';

/**
 * A quoted post: a `div[role=link]` inside the article that has its own User-Name and tweetText and a
 * `time` without a status link. [xingest] cz_binance, jason, nodepay (3); [yoink] x-tweet-quote,
 * x-tweet-quote-video. Other `div[role=link]`s (cards, "Show more") have no User-Name.
 */
export const QUOTE_BLOCK_CANDIDATE = 'div[role="link"]';

/** "This post is unavailable" quote: a bare nested `article` without testid. [xingest] nikitabier. */
export const NESTED_ARTICLE = 'article';

/** The opened post on a /status/ page. [harvest] status, modal, edited-status; [yoink] x-tweet-sample. */
export const FOCAL_ATTR = 'tabindex';
export const FOCAL_VALUE = '-1';

/** Elements X keeps in the text for screen readers / copy but does not show: "https://", URL tail, "…". */
export const HIDDEN_IN_TEXT = '[aria-hidden="true"]';

/**
 * A follow button carries the account's numeric user id in its testid (`3840-follow`,
 * `1915489112787718144-unfollow`) and the account's `@handle` in its localised aria-label ("Follow
 * @Jason", 「@Jasonさんをフォロー」). The only place the page shows a user id: the profile header
 * and follow suggestions, not the posts. [xingest] cz_binance, jason, nikitabier, nodepay, okx
 * (profile header); x-pages-2025 defuddle X Article page, Feb 2026 ("Follow back @…").
 */
export const FOLLOW_BUTTON = 'button[data-testid$="-follow"], button[data-testid$="-unfollow"]';
export const FOLLOW_TESTID = /^(\d{1,25})-(?:un)?follow$/;
export const LABEL_HANDLE = /@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/;
