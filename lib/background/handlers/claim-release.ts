import { db } from '../../db/database';
import { currentOperator, currentSyncConfig } from '../../settings/operator';
import { releasePost } from '../../sync/claims';
import { defineHandler } from '../define-handler';

// Composer closed or post marked handled: teammates stop seeing "replying". Only our own claim.
export default defineHandler('claim/release', async (req) => {
  const me = await currentOperator();
  if (me) await releasePost(db, await currentSyncConfig(), me, req.postId);
  return { ok: true };
});
