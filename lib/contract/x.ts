// What counts as X, defined once: the post id, the hosts, the content script's match patterns.
// No zod here: the content script imports this file.

/** X post ids are decimal snowflakes (19 digits today); the bound keeps hostile input short. */
export const POST_ID_PATTERN = /^\d{1,25}$/;

/** Where the content script runs and which tabs the background talks to (twitter.com redirects to x.com). */
export const X_MATCH_PATTERNS = ['https://x.com/*', 'https://twitter.com/*'];

const X_HOSTNAME = /^(mobile\.)?(x|twitter)\.com$/;

/** An https URL on X (x.com, twitter.com, their mobile hosts): safe to open as a link to a post. */
export function isXUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && X_HOSTNAME.test(url.hostname);
  } catch {
    return false;
  }
}
