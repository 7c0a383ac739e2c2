import { ATTR } from './decorate';
import type { PostRegistry } from './post-registry';

/**
 * The side panel asked to show a post: scroll X to it and mark it. Returns false when X no longer
 * has it on the page (its cell was recycled far away); the panel then offers the post's link.
 */
export function focusPost(registry: PostRegistry, postId: string): boolean {
  for (const el of document.querySelectorAll(`[${ATTR.focused}]`)) el.removeAttribute(ATTR.focused);
  const [article] = registry.articlesOf(postId);
  if (!article) return false;
  article.setAttribute(ATTR.focused, '');
  article.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
