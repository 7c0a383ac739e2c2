import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { currentOperator } from '../../settings/operator';
import { getPostStates } from '../../handled/post-states';

// The chips of every visible post ask together: one bulk read, never one query per post.
export default defineHandler('posts/state', async (req) => {
  const [states, operator] = await Promise.all([getPostStates(db, req.postIds, Date.now()), currentOperator()]);
  return { ok: true, states, operator };
});
