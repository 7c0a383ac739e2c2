import type { KizukiDatabase } from '../db/database';

/** How long "Undo" stays available after marking a post handled. */
export const UNDO_WINDOW_MS = 10_000;

export type UndoError = 'no-operator' | 'not-found' | 'expired';
export type UndoResult = { ok: true } | { ok: false; error: UndoError };

/**
 * Removes this operator's record of a post, only within the undo window: after that the record may
 * already be in teammates' logs and reports, and a log that silently changes is not a log.
 * `withdraw` tells team sync (lib/sync/outbox enqueueHandledUndo) to take it back too.
 */
export async function undoHandled(
  db: KizukiDatabase,
  postId: string,
  operator: string,
  now: number,
  withdraw: (postId: string, operator: string) => Promise<void>,
): Promise<UndoResult> {
  const name = operator.trim();
  if (!name) return { ok: false, error: 'no-operator' };
  const result = await db.transaction('rw', db.handled, async (): Promise<UndoResult> => {
    const record = await db.handled.get([postId, name]);
    if (!record) return { ok: false, error: 'not-found' };
    if (now - record.handledAt > UNDO_WINDOW_MS) return { ok: false, error: 'expired' };
    await db.handled.delete([postId, name]);
    return { ok: true };
  });
  if (result.ok) await withdraw(postId, name);
  return result;
}
