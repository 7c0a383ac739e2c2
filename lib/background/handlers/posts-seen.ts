import { z } from 'zod';
import { db } from '../../db/database';
import type { SeenPost } from '../../db/records';
import { postSummarySchema } from '../../handled/schemas';
import { defineHandler } from '../define-handler';

const schema = z.object({ type: z.literal('posts/seen'), posts: z.array(postSummarySchema).max(500) });

/**
 * Brand posts a tab has shown: the side panel's queue reads db.seen with useLiveQuery, so storing
 * them is all it takes to update the queue. Keyed by tab and post: seeing a post again refreshes it.
 */
export default defineHandler('posts/seen', schema, async (req, sender) => {
  const tabId = sender.tab?.id ?? -1;
  const seenAt = Date.now();
  const rows: SeenPost[] = req.posts.map((p) => ({ ...p, tabId, seenAt }));
  await db.seen.bulkPut(rows);
  return { ok: true };
});
