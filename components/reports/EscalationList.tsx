import type { HandledRecord } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import { RelativeTime } from '@/components/common/RelativeTime';
import { postLinkFromId } from '@/components/common/x-link';
import { messages } from './messages';

const t = makeT(messages);

/** Escalated posts with their notes, newest first: what a support or PR department picks up. */
export function EscalationList({ records }: { records: HandledRecord[] }) {
  if (records.length === 0) return <p className="kz-empty">{t('noEscalations')}</p>;
  return (
    <ul className="kz-queue" data-testid="report-escalations">
      {records.map((r) => (
        <li key={`${r.postId}/${r.operator}`} className="kz-item">
          <div className="kz-item-head">
            <strong>{r.operatorName}</strong>
            <span className="kz-handle">@{r.authorHandle}</span>
            <span className="kz-priority">{r.priority}</span>
            <RelativeTime at={r.handledAt} />
          </div>
          {r.text && <p className="kz-item-text">{r.text}</p>}
          {r.note && <p className="kz-history-extra">{t('note')}: {r.note}</p>}
          {/* Escalations come from teammates' documents too: link by post id, never by their url field. */}
          {postLinkFromId(r.postId, r.authorHandle) && (
            <div className="kz-item-foot">
              <a href={postLinkFromId(r.postId, r.authorHandle)!} target="_blank" rel="noopener noreferrer">{t('openOnX')}</a>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
