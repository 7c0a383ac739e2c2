import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { reportOperator } from '../../settings/operator';
import { tabPostStates } from '../shared-state-reads';
import { deadlinesOf } from '../team-posts';

// The chips of every visible post ask together: one bulk read, never one query per post.
export default defineHandler('posts/state', async (req) => {
  const [states, operator, deadlines, seen] = await Promise.all([
    tabPostStates(req.postIds, Date.now()), reportOperator(), deadlinesOf(db, req.postIds), db.seenPosts.bulkGet(req.postIds),
  ]);
  for (const [id, deadline] of Object.entries(deadlines)) (states[id] ??= { handled: [], claim: null }).deadline = deadline;
  // The team's category (a correction, the learned layer) where it differs from the rules' reading.
  for (const row of seen) if (row?.decidedBy && row.decidedBy !== 'rules') (states[row.postId] ??= { handled: [], claim: null }).category = row.category;
  return { ok: true, states, operator };
});
