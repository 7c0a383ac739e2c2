import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { operatorSettings } from '../../settings/settings';
import { enqueueHandledUndo } from '../../sync/outbox';
import { undoHandled } from '../../handled/undo';
import { handledUndoSchema } from '../../handled/schemas';
import { makeT } from '../../i18n/make-t';
import { messages } from '../../handled/messages';

const t = makeT(messages);

// "Undo" on the chip, within the undo window; only ever this operator's own record.
export default defineHandler('handled/undo', handledUndoSchema, async (req) => {
  const { operator } = await operatorSettings.getValue();
  const result = await undoHandled(db, req.postId, operator, Date.now(), (postId, name) => enqueueHandledUndo(postId, name));
  return result.ok ? { ok: true } : { ok: false, error: t(result.error) };
});
