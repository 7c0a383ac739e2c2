import { z } from 'zod';
import { db } from '../../db/database';
import { operatorSettings } from '../../settings/settings';
import { claimPost } from '../../sync/claim-post';
import { defineHandler } from '../define-handler';
import { currentSyncConfig } from '../sync-engine-start';

const schema = z.object({ type: z.literal('claim/take'), postId: z.string().regex(/^\d{1,25}$/) });

// The composer opened: "I am replying to this" for about two minutes. With a team server, the
// server's 409 decides which of two operators holds it; the other is told who.
export default defineHandler('claim/take', schema, async (req) => {
  const config = await currentSyncConfig();
  const me = config?.user ?? (await operatorSettings.getValue()).operator;
  const result = await claimPost(db, config, me, req.postId);
  return result.ok ? { ok: true } : result;
});
