import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { currentOperator, currentSyncConfig } from '../../settings/operator';
import { enqueueHandled } from '../../sync/outbox';
import { markHandled } from '../../handled/mark';
import { makeT } from '../../i18n/make-t';
import { messages } from '../../handled/messages';
import { releasePost } from '../../sync/claims';
import { shownCategory } from '../learned-layer';

const t = makeT(messages);

// One click on a chip, or the panel's form: the operator handled this post (default: replied).
export default defineHandler('handled/mark', async (req) => {
  const me = await currentOperator();
  if (!me) return { ok: false, error: t('no-operator') };
  const result = await markHandled(db, { ...req, confirmedCategory: req.confirmedCategory ?? (await shownCategory(req.post)) }, me, Date.now(), (record) => enqueueHandled(record));
  // Marking handled ends "replying": teammates' chips stop showing our claim. A failed release only
  // leaves a claim that expires by itself, so it must not fail the mark.
  await releasePost(db, await currentSyncConfig(), me, req.post.postId).catch(() => {});
  return { ok: true, record: result.record };
});
