import { useLiveQuery } from 'dexie-react-hooks';
import { teamPackErrors } from '@/lib/db/kv-items';
import { t } from './t';

/** Team packs the server sent that failed the pack checks: the previous version stays in use. */
export function TeamPackErrors() {
  const errors = useLiveQuery(() => teamPackErrors.get(), [], []);
  if (errors.length === 0) return null;
  return (
    <section className="kz-packs-box" role="alert" data-testid="team-pack-errors">
      {errors.map((e) => (
        <div key={e.packId}>
          <p className="kz-packs-error">{t('teamPackRefused', { id: e.packId, version: e.packVersion, publisher: e.publisher })}</p>
          <ul>
            {e.errors.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
