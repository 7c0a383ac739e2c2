import { isXUrl } from '@/lib/contract/x';

/**
 * A link to a post that is certainly on X. The URL reaches us from a web page, so anything else
 * (another host, `javascript:`) is replaced by X's canonical status link for the id.
 */
export function safePostUrl(url: string, postId: string): string {
  if (isXUrl(url)) return new URL(url).href;
  return `https://x.com/i/status/${encodeURIComponent(postId)}`;
}

/**
 * The link to a post built from its id alone (and the author's handle when it is one), for records
 * that came from a teammate's document: their `url` field is whatever their client wrote, so it is
 * never opened, even when it points at x.com (it could name another post).
 */
export function postLinkFromId(postId: string, authorHandle?: string): string | null {
  if (!/^\d{1,25}$/.test(postId)) return null;
  const handle = authorHandle && /^[A-Za-z0-9_]{1,15}$/.test(authorHandle) ? authorHandle : 'i';
  return `https://x.com/${handle}/status/${postId}`;
}
