import { useEffect, useState } from 'react';
import { undoUntil } from '@/lib/contract/post-state';
import { sendRequest } from '@/lib/contract/send';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

/**
 * 「対応済みにしました · 取り消す」 after marking a post from the panel; the post returns on undo. The
 * button lasts exactly as long as the background accepts an undo of that record (one undo window).
 */
export function UndoNotice({ postId, handledAt, onDone }: { postId: string; handledAt: number; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(onDone, Math.max(0, undoUntil(handledAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [postId, handledAt, onDone]);

  async function undo() {
    const reply = await sendRequest({ type: 'handled/undo', postId });
    if (reply.ok) return onDone();
    setError(reply.unanswered ? t('undoFailed') : reply.error);
  }

  return (
    <div className="kz-notice" role="status" data-testid="undo-notice">
      <span>{error ?? t('marked')}</span>
      {!error && (
        <button type="button" data-testid="undo-mark" onClick={() => void undo()}>
          {t('undo')}
        </button>
      )}
    </div>
  );
}
