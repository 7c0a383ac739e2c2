import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { sendRequest } from '@/lib/contract/send';
import { makeT } from '@/lib/i18n/make-t';
import { readStatus } from '@/lib/sync/status';
import { syncMessages } from './messages';

const t = makeT(syncMessages);

/**
 * "Up to date / Pending N / Offline / Refused: why", live from the status row the engine writes;
 * records the server refused for good are counted beside it, and a failing sync offers "retry now".
 */
export function SyncStatusBadge() {
  const status = useLiveQuery(() => readStatus(db), []);
  if (!status) return null;
  const reason = status.reason ? t(`reason-${status.reason}` as 'reason-auth') : '';
  const failing = status.state === 'offline' || status.state === 'refused';
  return (
    <span className="kz-sync-row">
      <span className={`kz-badge kz-sync kz-sync-${status.state}`} data-testid="sync-status" data-state={status.state} role="status" title={status.detail}>
        {t(`state-${status.state}` as 'state-off', { pending: status.pending, reason })}
      </span>
      {status.refused && (
        <span className="kz-badge kz-sync-refused" data-testid="sync-refused" title={status.refused.reason}>
          {t('refusedRecords', { count: status.refused.count, reason: status.refused.reason })}
        </span>
      )}
      {failing && (
        <button type="button" className="kz-link" data-testid="sync-retry" onClick={() => void sendRequest({ type: 'sync/retry' })}>
          {t('retryNow')}
        </button>
      )}
    </span>
  );
}
