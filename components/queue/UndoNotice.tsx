import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messages/send';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

// Shorter than the background's 10 s undo window, so the button never offers what it cannot do.
const SHOW_MS = 8_000;

/** 「対応済みにしました · 取り消す」 after marking a post from the panel; the post returns on undo. */
export function UndoNotice({ postId, onDone }: { postId: string; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(onDone, SHOW_MS);
    return () => clearTimeout(timer);
  }, [postId, onDone]);

  async function undo() {
    const reply = (await sendRequest({ type: 'handled/undo', postId }).catch(() => undefined)) as { ok: boolean; error?: string } | undefined;
    if (reply?.ok) return onDone();
    setError(reply?.error ?? t('undoFailed'));
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
