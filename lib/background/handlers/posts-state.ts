import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { currentOperator } from '../../settings/operator';
import { getPostStates } from '../../handled/post-states';

// The chips of every visible post ask together: one bulk read, never one query per post.
export default defineHandler('posts/state', async (req) => {
  const [states, operator, seen] = await Promise.all([getPostStates(db, req.postIds, Date.now()), currentOperator(), db.seenPosts.bulkGet(req.postIds)]);
  // The team's category (a correction, the learned layer) where it differs from the rules' reading.
  for (const row of seen) if (row?.decidedBy && row.decidedBy !== 'rules') (states[row.postId] ??= { handled: [], claim: null }).category = row.category;
  return { ok: true, states, operator };
});
