import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { operatorSettings } from '../../settings/settings';
import { enqueueHandled } from '../../sync/outbox';
import { markHandled } from '../../handled/mark';
import { handledMarkSchema } from '../../handled/schemas';
import { makeT } from '../../i18n/make-t';
import { messages } from '../../handled/messages';
import { releasePost } from '../../sync/claim-post';
import { currentSyncConfig } from '../sync-engine-start';

const t = makeT(messages);

// One click on a chip: the operator from settings handled this post (default action: replied).
export default defineHandler('handled/mark', handledMarkSchema, async (req) => {
  const { operator } = await operatorSettings.getValue();
  const result = await markHandled(db, req, operator, Date.now(), (record) => enqueueHandled(record));
  if (!result.ok) return { ok: false, error: t('no-operator') };
  // Marking handled ends "replying": teammates' chips stop showing our claim. A failed release only
  // leaves a claim that expires by itself, so it must not fail the mark.
  const config = await currentSyncConfig();
  await releasePost(db, config, config?.user ?? operator, req.post.postId).catch(() => {});
  return { ok: true, record: result.record };
});
