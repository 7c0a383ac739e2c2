import { db } from '../../db/database';
import { recordCorrection } from '../../corrections/store';
import { messages } from '../../handled/messages';
import { makeT } from '../../i18n/make-t';
import { currentOperator } from '../../settings/operator';
import { kickCorrectionsSync } from '../corrections-sync-start';
import { defineHandler } from '../define-handler';
import { relabelSeen, scheduleRetrain, shownCategory } from '../learned-layer';

const t = makeT(messages);

// One click on a chip's or a queue row's category menu: the operator says what the post really is.
// The post shows it at once (queue and every tab's chip), the team gets it with the next sync, and
// the learned layer retrains a moment later.
export default defineHandler('correction/record', async (req) => {
  const me = await currentOperator();
  if (!me) return { ok: false, error: t('no-operator') };
  // What the operator corrected is what they were shown (a teammate's correction, the learned layer).
  const post = { ...req.post, category: await shownCategory(req.post) };
  const { record, changed } = await recordCorrection(db, { post, category: req.category }, me, Date.now());
  if (changed) {
    await relabelSeen(db, [req.post.postId]);
    scheduleRetrain(db);
    kickCorrectionsSync();
  }
  return { ok: true, record };
});
