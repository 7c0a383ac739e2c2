/**
 * A link to a post that is certainly on X. The URL reaches us from a web page, so anything else
 * (another host, `javascript:`) is replaced by X's canonical status link for the id.
 */
export function safePostUrl(url: string, postId: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && /^(x|twitter)\.com$/.test(parsed.hostname)) return parsed.href;
  } catch {
    // Not a URL at all: fall through to the canonical link.
  }
  return `https://x.com/i/status/${encodeURIComponent(postId)}`;
}
