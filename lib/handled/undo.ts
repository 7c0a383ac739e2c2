import { UNDO_WINDOW_MS } from '../contract/post-state';
import type { KizukiDatabase } from '../db/database';

export type UndoError = 'not-found' | 'expired';
export type UndoResult = { ok: true } | { ok: false; error: UndoError };

/**
 * Removes this operator's record of a post, only within the undo window: after that the record may
 * already be in teammates' logs and reports, and a log that silently changes is not a log.
 * `operator` is the operator's id; `withdraw` tells team sync (enqueueHandledUndo) to take it back too.
 */
export async function undoHandled(
  db: KizukiDatabase,
  postId: string,
  operator: string,
  now: number,
  withdraw: (postId: string, operator: string) => Promise<void>,
): Promise<UndoResult> {
  const result = await db.transaction('rw', db.handled, async (): Promise<UndoResult> => {
    const record = await db.handled.get([postId, operator]);
    if (!record) return { ok: false, error: 'not-found' };
    if (now - record.handledAt > UNDO_WINDOW_MS) return { ok: false, error: 'expired' };
    await db.handled.delete([postId, operator]);
    return { ok: true };
  });
  if (result.ok) await withdraw(postId, operator);
  return result;
}
