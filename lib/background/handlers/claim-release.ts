import { z } from 'zod';
import { db } from '../../db/database';
import { operatorSettings } from '../../settings/settings';
import { releasePost } from '../../sync/claim-post';
import { defineHandler } from '../define-handler';
import { currentSyncConfig } from '../sync-engine-start';

const schema = z.object({ type: z.literal('claim/release'), postId: z.string().regex(/^\d{1,25}$/) });

// Composer closed or post marked handled: teammates stop seeing "replying". Only our own claim.
export default defineHandler('claim/release', schema, async (req) => {
  const config = await currentSyncConfig();
  const me = config?.user ?? (await operatorSettings.getValue()).operator;
  await releasePost(db, config, me, req.postId);
  return { ok: true };
});
