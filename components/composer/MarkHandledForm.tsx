import { useState } from 'react';
import { HANDLED_ACTIONS, type HandledAction, type SeenPost } from '@/lib/contract/records';
import { sendRequest } from '@/lib/contract/send';
import { makeT } from '@/lib/i18n/make-t';
import { actionLabel } from './action-label';
import { summaryOf } from '@/lib/queue/seen-posts';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  post: SeenPost;
  draft: string;
  onMarked: (handledAt: number) => void;
}

/** Every action the log knows, with a note; the reply text goes with "replied". */
export function MarkHandledForm({ post, draft, onMarked }: Props) {
  const [action, setAction] = useState<HandledAction>('replied');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function mark() {
    setError(null);
    const replyText = action === 'replied' && draft.trim() ? draft : undefined;
    const reply = await sendRequest({ type: 'handled/mark', post: summaryOf(post), action, replyText, note: note.trim() || undefined });
    if (reply.ok) return onMarked(reply.record.handledAt);
    // The background's refusals arrive translated already (e.g. "set your name in Settings first").
    setError(reply.unanswered ? t('noAnswer') : reply.error);
  }

  return (
    <form className="kz-mark-form" onSubmit={(e) => (e.preventDefault(), void mark())}>
      <label className="kz-field kz-inline">
        <span>{t('action')}</span>
        <select value={action} data-testid="handled-action" onChange={(e) => setAction(e.target.value as HandledAction)}>
          {HANDLED_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
      </label>
      <input value={note} placeholder={t('notePlaceholder')} aria-label={t('note')} data-testid="handled-note" onChange={(e) => setNote(e.target.value)} />
      <button type="submit" data-testid="mark-handled">
        {t('markHandled')}
      </button>
      {error && (
        <p className="kz-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
