import type { HandledRecord } from '@/lib/contract/records';
import { actionLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { CategoryBadge } from '@/components/common/CategoryBadge';
import { RelativeTime } from '@/components/common/RelativeTime';
import { postLinkFromId } from '@/components/common/x-link';
import { messages } from './messages';

const t = makeT(messages);

/** One record: who did what to which post, and when. Post text, notes and replies render as text. */
export function HistoryItem({ record }: { record: HandledRecord }) {
  const link = postLinkFromId(record.postId, record.authorHandle);
  return (
    <li className="kz-item" data-testid="history-item" data-post-id={record.postId}>
      <div className="kz-item-head">
        <CategoryBadge category={record.category} />
        <strong>{actionLabel(record.action)}</strong>
        <span className="kz-operator">{record.operatorName}</span>
        <span className="kz-handle">@{record.authorHandle}</span>
        <RelativeTime at={record.handledAt} />
      </div>
      {record.text && <p className="kz-item-text">{record.text}</p>}
      {record.replyText && <p className="kz-history-extra">{t('reply')}: {record.replyText}</p>}
      {record.note && <p className="kz-history-extra">{t('note')}: {record.note}</p>}
      <div className="kz-item-foot">
        {link && (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('openOnX')}
          </a>
        )}
      </div>
    </li>
  );
}
