import { useState } from 'react';
import { HANDLED_ACTIONS, type HandledAction, type SeenPost } from '@/lib/contract/records';
import { sendRequest } from '@/lib/contract/send';
import { makeT } from '@/lib/i18n/make-t';
import { actionLabel } from '@/lib/i18n/labels';
import { summaryOf } from '@/lib/queue/seen-posts';
import { useShortcuts } from '@/components/shell/use-shortcuts';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  post: SeenPost;
  draft: string;
  /** Error checks the operator sent the reply past; recorded with a "replied" record. */
  overriddenChecks?: string[];
  onMarked: (handledAt: number) => void;
}

/** Every action the log knows, with a note; the reply text goes with "replied". */
export function MarkHandledForm({ post, draft, overriddenChecks, onMarked }: Props) {
  const [action, setAction] = useState<HandledAction>('replied');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function mark(as: HandledAction = action) {
    setError(null);
    const replyText = as === 'replied' && draft.trim() ? draft : undefined;
    const overridden = as === 'replied' && overriddenChecks?.length ? overriddenChecks : undefined;
    const reply = await sendRequest({ type: 'handled/mark', post: summaryOf(post), action: as, replyText, note: note.trim() || undefined, overriddenChecks: overridden });
    if (reply.ok) return onMarked(reply.record.handledAt);
    // The background's refusals arrive translated already (e.g. "set your name in Settings first").
    setError(reply.unanswered ? t('noAnswer') : reply.error);
  }

  useShortcuts({ h: () => void mark(), e: () => void mark('escalated') });

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
      <input value={note} placeholder={t('notePlaceholder')} title={t('noteHint')} aria-label={t('note')} data-testid="handled-note" onChange={(e) => setNote(e.target.value)} />
      <button type="submit" data-testid="mark-handled" aria-keyshortcuts="h">
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
