import type { Feature } from '../features';
import { sendRequest } from '../../contract/send';
import { authorIdsIn } from '../../x/author-ids';

const SENT_LIMIT = 500;

/**
 * Tells the background the user ids the page shows (a profile's follow button), so the composer can
 * offer X's DM link to that author. Each handle is sent once per page; the memory is bounded.
 */
export const authorIds: Feature = {
  name: 'author-ids',
  init(signal, page) {
    const sent = new Set<string>();
    page.onBatch(() => {
      const fresh = authorIdsIn(document).filter((a) => !sent.has(`${a.handle}:${a.userId}`)).slice(0, 50);
      if (fresh.length === 0) return;
      if (sent.size > SENT_LIMIT) sent.clear();
      for (const a of fresh) sent.add(`${a.handle}:${a.userId}`);
      void sendRequest({ type: 'authors/seen', authors: fresh });
    }, signal);
  },
};
