import { isXUrl } from '@/lib/contract/x';

/**
 * A link to a post that is certainly on X. The URL reaches us from a web page, so anything else
 * (another host, `javascript:`) is replaced by X's canonical status link for the id.
 */
export function safePostUrl(url: string, postId: string): string {
  if (isXUrl(url)) return new URL(url).href;
  return `https://x.com/i/status/${encodeURIComponent(postId)}`;
}
