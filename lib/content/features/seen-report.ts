import type { PostSummary } from '../../contract/records';
import { sendRequest } from '../../contract/send';
import { BoundedMap } from '../bounded-map';
import type { Feature } from '../features';

const CHUNK = 200;
/** Posts already reported, remembered by id; bounded, since a shift scrolls past thousands. */
const SENT_LIMIT = 1000;

/** What the queue shows of a post: it is sent again only when this changes (new packs, edited text). */
const readingOf = (p: PostSummary) => `${p.category}|${p.priority}|${p.brands.join(',')}|${p.text.length}`;

/**
 * Tells the background which brand posts the operator has seen in this tab (the side panel's queue).
 * A reading of what X changed goes once its last slice is read, when no report is on its way; what
 * is read meanwhile waits for that report's answer and then goes together. No timer: the panel lists
 * a post as soon as the worker can take it (goal 100 ms; a timer in a busy page fires late), and a
 * busy worker still gets one message per answer.
 */
export const seenReport: Feature = {
  name: 'seen-report',
  init(signal, page) {
    const sent = new BoundedMap<string, string>(SENT_LIMIT);
    let pending = new Map<string, PostSummary>();
    let busy = false;

    // The first message leaves within the reading's own task (its cost is the reading's, and the
    // benchmark counts it there); the loop goes on while posts keep arriving.
    async function report(): Promise<void> {
      busy = true;
      while (pending.size) {
        const posts = [...pending.values()];
        pending = new Map();
        for (let i = 0; i < posts.length; i += CHUNK) await sendRequest({ type: 'posts/seen', posts: posts.slice(i, i + CHUNK) });
      }
      busy = false;
    }

    page.onBatch(({ posts, last }) => {
      for (const { summary } of posts) {
        const reading = readingOf(summary);
        if (sent.get(summary.postId) === reading) continue;
        sent.set(summary.postId, reading);
        pending.set(summary.postId, summary);
      }
      // A reading of what X changed may come in several slices: it goes as one report, after its last.
      if (pending.size && !busy && last) void report();
    }, signal);
    // Leaving the page between slices: what was read (and shown with a chip) still reaches the queue.
    // A report on its way takes what is pending with its answer.
    signal.addEventListener('abort', () => pending.size && !busy && void report(), { once: true });
  },
};
