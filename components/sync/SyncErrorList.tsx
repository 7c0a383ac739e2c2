import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { makeT } from '@/lib/i18n/make-t';
import { readErrors } from '@/lib/sync/status';
import { syncMessages } from './messages';

const t = makeT(syncMessages);

/** Server documents that failed validation: listed (as text) so a team lead can find the bad client. */
export function SyncErrorList() {
  const errors = useLiveQuery(() => readErrors(db), []);
  if (!errors || errors.length === 0) return null;
  return (
    <details className="kz-sync-errors" data-testid="sync-errors">
      <summary>{t('skipped')} ({errors.length})</summary>
      <ul>
        {errors.map((e) => (
          <li key={`${e.db}/${e.docId}`}>
            <code>{e.docId}</code> — {e.problem}
          </li>
        ))}
      </ul>
    </details>
  );
}
