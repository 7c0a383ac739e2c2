import type { Feature } from '../features';
import { onPush } from '../pushes';

export const FOCUSED_ATTR = 'data-kizuki-focused';

const unmarkAll = () => {
  for (const el of document.querySelectorAll(`[${FOCUSED_ATTR}]`)) el.removeAttribute(FOCUSED_ATTR);
};

/**
 * The side panel picked a post: scroll X to it and mark it. Answers false when X no longer has it on
 * the page (its cell was recycled far away); the panel then offers the post's link.
 */
export const focus: Feature = {
  name: 'focus',
  init(signal, page) {
    let focusedId: string | null = null;
    onPush('push/focus', ({ postId }) => {
      unmarkAll();
      const [view] = page.viewsOf(postId);
      focusedId = view ? postId : null;
      if (!view) return { ok: false };
      view.article.setAttribute(FOCUSED_ATTR, '');
      view.article.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return { ok: true };
    }, signal);
    // The mark belongs to a post, not to the cell that happened to show it.
    page.onBatch(({ posts, cleared }) => {
      for (const article of cleared) article.removeAttribute(FOCUSED_ATTR);
      for (const { article, post } of posts) if (post.id !== focusedId) article.removeAttribute(FOCUSED_ATTR);
    }, signal);
    signal.addEventListener('abort', unmarkAll, { once: true });
  },
};
