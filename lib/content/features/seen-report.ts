import type { PostSummary } from '../../contract/records';
import { sendRequest } from '../../contract/request-port';
import { BoundedMap } from '../bounded-map';
import type { Feature } from '../features';

const CHUNK = 200;
/** Posts already reported, remembered by id; bounded, since a shift scrolls past thousands. */
const SENT_LIMIT = 1000;

/** What the queue shows of a post: it is sent again only when this changes (new packs, edited text). */
const readingOf = (p: PostSummary) => `${p.category}|${p.priority}|${p.brands.join(',')}|${p.text.length}`;

/** Reports on their way at once: the next may leave before the last is answered, but a busy worker is not flooded. */
const IN_FLIGHT = 2;

/**
 * Tells the background which brand posts the operator has seen in this tab (the side panel's queue).
 * A reading of what X changed goes once its last slice is read; while two reports are on their way,
 * what is read meanwhile waits for an answer and then goes together. No timer: the panel lists a
 * post as soon as the worker can take it (goal 100 ms; a timer in a busy page fires late), and a
 * busy worker is never more than two messages behind.
 */
export const seenReport: Feature = {
  name: 'seen-report',
  survivesNavigation: true,
  init(signal, page) {
    const sent = new BoundedMap<string, string>(SENT_LIMIT);
    let pending = new Map<string, PostSummary>();
    let inFlight = 0;

    // The message leaves within the reading's own task (its cost is the reading's, and the benchmark
    // counts it there); an answer sends what was read meanwhile.
    function report(): void {
      if (!pending.size || inFlight >= IN_FLIGHT) return;
      const posts = [...pending.values()];
      pending = new Map();
      inFlight++;
      void (async () => {
        for (let i = 0; i < posts.length; i += CHUNK) await sendRequest({ type: 'posts/seen', posts: posts.slice(i, i + CHUNK) });
        inFlight--;
        report();
      })();
    }

    page.onBatch(({ posts, gone, last }) => {
      for (const { summary } of [...posts, ...gone]) {
        const reading = readingOf(summary);
        if (sent.get(summary.postId) === reading) continue;
        sent.set(summary.postId, reading);
        pending.set(summary.postId, summary);
      }
      // A reading of what X changed may come in several slices: it goes as one report, after its last.
      if (last) report();
    }, signal);
    // The content script stopping between slices (the extension updated or turned off): what was
    // read (and shown with a chip) still reaches the queue. When two reports are on their way, an
    // answer takes what is pending.
    signal.addEventListener('abort', report, { once: true });
  },
};
