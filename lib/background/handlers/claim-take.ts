import { db } from '../../db/database';
import { currentOperator, currentSyncConfig } from '../../settings/operator';
import { claimPost } from '../../sync/claims';
import { defineHandler } from '../define-handler';

// The composer opened: "I am replying to this" for about two minutes. With a team server, the
// server's 409 decides which of two operators holds it; the other is told who. Without an operator
// nobody can be told who is replying, so nothing is claimed.
export default defineHandler('claim/take', async (req) => {
  const me = await currentOperator();
  if (!me) return { ok: true, heldBy: null, expiresAt: 0 };
  const result = await claimPost(db, await currentSyncConfig(), me, req.postId);
  return { ok: true, heldBy: result.ok ? null : result.heldBy, expiresAt: result.expiresAt };
});
