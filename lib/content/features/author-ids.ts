import type { Feature } from '../features';
import { sendRequest } from '../../contract/request-port';
import { authorIdsIn } from '../../x/author-ids';

const SENT_LIMIT = 500;
// Follow buttons sit outside the posts (profile header, suggestions), so finding them means reading
// the whole page: at most once a second, not on every batch (a batch comes with each frame X changes).
// The composer needs an id only once the operator opens it.
const SCAN_MS = 1000;

/**
 * Tells the background the user ids the page shows (a profile's follow button), so the composer can
 * offer X's DM link to that author. Each handle is sent once per page; the memory is bounded.
 */
export const authorIds: Feature = {
  name: 'author-ids',
  init(signal, page) {
    const sent = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = () => {
      timer = undefined;
      const fresh = authorIdsIn(document).filter((a) => !sent.has(`${a.handle}:${a.userId}`)).slice(0, 50);
      if (fresh.length === 0) return;
      if (sent.size > SENT_LIMIT) sent.clear();
      for (const a of fresh) sent.add(`${a.handle}:${a.userId}`);
      void sendRequest({ type: 'authors/seen', authors: fresh });
    };
    const schedule = () => (timer ??= setTimeout(scan, SCAN_MS));
    page.onBatch(schedule, signal);
    // A page X navigated to (a profile) may show its follow button before any post changes.
    schedule();
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  },
};
