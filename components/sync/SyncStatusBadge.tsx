import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { makeT } from '@/lib/i18n/make-t';
import { readStatus } from '@/lib/sync/status';
import { syncMessages } from './messages';

const t = makeT(syncMessages);

/** "Up to date / Pending N / Offline / Refused: why", live from the status row the engine writes. */
export function SyncStatusBadge() {
  const status = useLiveQuery(() => readStatus(db), []);
  if (!status) return null;
  const reason = status.reason ? t(`reason-${status.reason}` as 'reason-auth') : '';
  return (
    <span className={`kz-badge kz-sync kz-sync-${status.state}`} data-testid="sync-status" data-state={status.state} role="status" title={status.detail}>
      {t(`state-${status.state}` as 'state-off', { pending: status.pending, reason })}
    </span>
  );
}
