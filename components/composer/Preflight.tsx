import type { PostState } from '@/lib/contract/post-state';
import { makeT } from '@/lib/i18n/make-t';
import { formatAge } from '@/lib/i18n/relative-time';
import { useNow } from '@/components/common/use-now';
import type { HandledAction } from '@/lib/contract/records';
import { actionLabel } from '@/lib/i18n/labels';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  handled: PostState['handled'];
  claimedBy: string | null;
  /** Shown until the operator has confirmed once; after that the warnings stay, the button goes. */
  onProceed?: () => void;
}

/** Warnings before a reply: someone already handled this post, or a teammate is replying right now. */
export function Preflight({ handled, claimedBy, onProceed }: Props) {
  const now = useNow();
  if (handled.length === 0 && !claimedBy) return null;
  return (
    <div className="kz-warning" role="alert" data-testid="composer-warning">
      {handled.map((h) => (
        <p key={h.operator} data-testid="handled-warning">
          {t('handledBy', { name: h.operatorName, action: actionLabel(h.action as HandledAction), age: formatAge(h.handledAt, now) })}
        </p>
      ))}
      {claimedBy && (
        <p data-testid="claim-warning">
          <strong>{t('claimedBy', { name: claimedBy })}</strong> — {t('claimedDetail', { name: claimedBy })}
        </p>
      )}
      {onProceed && (
        <button type="button" onClick={onProceed} data-testid="reply-anyway">
          {t('replyAnyway')}
        </button>
      )}
    </div>
  );
}
