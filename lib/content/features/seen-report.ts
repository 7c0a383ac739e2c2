import type { PostSummary } from '../../contract/records';
import { sendRequest } from '../../contract/send';
import { BoundedMap } from '../bounded-map';
import type { Feature } from '../features';
import { followOn } from '../perf';

// Short: the panel lists a post this long after the page shows it (goal 100 ms), yet a scroll of several
// batches in a row still goes as one message.
const SETTLE_MS = 50;
const CHUNK = 200;
/** Posts already reported, remembered by id; bounded, since a shift scrolls past thousands. */
const SENT_LIMIT = 1000;

/** What the queue shows of a post: it is sent again only when this changes (new packs, edited text). */
const readingOf = (p: PostSummary) => `${p.category}|${p.priority}|${p.brands.join(',')}|${p.text.length}`;

/**
 * Tells the background which brand posts the operator has seen in this tab (the side panel's queue),
 * a few batches at a time.
 */
export const seenReport: Feature = {
  name: 'seen-report',
  init(signal, page) {
    const sent = new BoundedMap<string, string>(SENT_LIMIT);
    let pending = new Map<string, PostSummary>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    function flush(): void {
      timer = undefined;
      const posts = [...pending.values()];
      pending = new Map();
      for (let i = 0; i < posts.length; i += CHUNK) void sendRequest({ type: 'posts/seen', posts: posts.slice(i, i + CHUNK) });
    }

    page.onBatch(({ posts }) => {
      for (const { summary } of posts) {
        const reading = readingOf(summary);
        if (sent.get(summary.postId) === reading) continue;
        sent.set(summary.postId, reading);
        pending.set(summary.postId, summary);
      }
      if (pending.size && !timer) timer = setTimeout(() => followOn('seen-report', flush), SETTLE_MS);
    }, signal);
    // Leaving the page still reports what it showed.
    signal.addEventListener('abort', () => timer !== undefined && (clearTimeout(timer), flush()), { once: true });
  },
};
