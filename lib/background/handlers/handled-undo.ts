import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { currentOperator } from '../../settings/operator';
import { enqueueHandledUndo } from '../../sync/outbox';
import { undoHandled } from '../../handled/undo';
import { makeT } from '../../i18n/make-t';
import { messages } from '../../handled/messages';

const t = makeT(messages);

// "Undo" on the chip or in the panel, within the undo window; only ever this operator's own record.
export default defineHandler('handled/undo', async (req) => {
  const me = await currentOperator();
  if (!me) return { ok: false, error: t('no-operator') };
  const result = await undoHandled(db, req.postId, me.id, Date.now(), (postId, id) => enqueueHandledUndo(postId, id));
  return result.ok ? { ok: true } : { ok: false, error: t(result.error) };
});
