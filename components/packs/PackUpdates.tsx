import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { packUpdates, type PackUpdate } from '@/lib/db/kv-items';
import { diffPacks } from '@/lib/pack/diff';
import { settleUpdate } from '@/lib/pack/follow';
import { parsePack } from '@/lib/pack/validate';
import { ImportPreview } from './ImportPreview';
import { t } from './t';

function Update({ update }: { update: PackUpdate }) {
  const previous = useLiveQuery(() => db.packs.get(update.packId), [update.packId]);
  if (update.error) {
    return (
      <p role="alert" className="kz-packs-error" data-testid="pack-follow-error">
        {t('followError', { url: update.url, error: update.error })}
      </p>
    );
  }
  const parsed = parsePack(update.pack);
  if (!parsed.ok || !previous) return null;
  return (
    <div data-testid="pack-update">
      <p className="kz-packs-muted">{t('updateTitle', { name: previous.pack.name, url: update.url })}</p>
      <ImportPreview
        pending={{ pack: parsed.pack, warnings: parsed.warnings, source: update.url, previous, diff: diffPacks(previous.pack, parsed.pack) }}
        onApply={() => void settleUpdate(db, update, true)}
        onCancel={() => void settleUpdate(db, update, false)}
      />
    </div>
  );
}

/** Followed packs whose URL serves something new: the changes, as on import, until applied or dismissed. */
export function PackUpdates() {
  const updates = useLiveQuery(() => packUpdates.get(), [], []);
  if (updates.length === 0) return null;
  return (
    <>
      {updates.map((u) => (
        <Update key={u.packId} update={u} />
      ))}
    </>
  );
}
