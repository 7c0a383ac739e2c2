import type { PostSummary } from '../../contract/records';
import { sendRequest } from '../../contract/send';
import { BoundedMap } from '../bounded-map';
import type { Feature } from '../features';
import { followOn } from '../perf';

const CHUNK = 200;
/** Posts already reported, remembered by id; bounded, since a shift scrolls past thousands. */
const SENT_LIMIT = 1000;

/** What the queue shows of a post: it is sent again only when this changes (new packs, edited text). */
const readingOf = (p: PostSummary) => `${p.category}|${p.priority}|${p.brands.join(',')}|${p.text.length}`;

/**
 * Tells the background which brand posts the operator has seen in this tab (the side panel's queue).
 * A batch goes at once when no report is on its way; batches read meanwhile wait for its answer and
 * then go together. No timer: the panel lists a post as soon as the worker can take it (goal 100 ms;
 * a timer in a busy page fires late), and a busy worker still gets one message per answer.
 */
export const seenReport: Feature = {
  name: 'seen-report',
  init(signal, page) {
    const sent = new BoundedMap<string, string>(SENT_LIMIT);
    let pending = new Map<string, PostSummary>();
    let busy = false;

    // Runs after the batch's own work (a microtask later), and goes on while posts keep arriving.
    // Leaving the page (abort) changes nothing: what is pending still goes when the answer comes.
    async function report(): Promise<void> {
      busy = true;
      await null;
      while (pending.size) {
        const posts = [...pending.values()];
        pending = new Map();
        for (let i = 0; i < posts.length; i += CHUNK) {
          let sent!: Promise<unknown>;
          // Timed apart from the reading (it runs just after it, as a microtask): the bench counts it in the batch's total.
          followOn('seen-report', () => (sent = sendRequest({ type: 'posts/seen', posts: posts.slice(i, i + CHUNK) })));
          await sent;
        }
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
  },
};
