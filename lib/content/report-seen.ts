import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '../messages/send';
import type { PostSummary } from '../messages/protocol';

const SETTLE_MS = 250;
const CHUNK = 200;

/**
 * Tells the background which brand posts the operator has seen in this tab (the side panel's queue),
 * a few batches at a time. A post is sent again only when its reading changed (new packs).
 */
export function createSeenReporter(ctx: ContentScriptContext) {
  const sent = new Map<string, string>();
  let pending = new Map<string, PostSummary>();
  let timer = 0;

  function flush(): void {
    timer = 0;
    const posts = [...pending.values()];
    pending = new Map();
    for (let i = 0; i < posts.length; i += CHUNK) {
      void sendRequest({ type: 'posts/seen', posts: posts.slice(i, i + CHUNK) }).catch(() => {});
    }
  }

  return {
    report(posts: PostSummary[]): void {
      for (const p of posts) {
        const key = `${p.category}|${p.brands.join(',')}|${p.text.length}`;
        if (sent.get(p.postId) === key) continue;
        sent.set(p.postId, key);
        pending.set(p.postId, p);
      }
      if (pending.size && !timer) timer = ctx.setTimeout(flush, SETTLE_MS);
    },
    /** New packs: every post's reading may differ, so all are sent again as they are re-read. */
    forget: () => sent.clear(),
  };
}
