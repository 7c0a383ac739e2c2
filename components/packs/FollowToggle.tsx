import type { StoredPack } from '@/lib/db/records';
import { db } from '@/lib/db/database';
import { setFollow } from '@/lib/pack/follow';
import { t } from './t';

/** Follow the URL a pack was imported from: checked again every hour, changes shown before they apply. */
export function FollowToggle({ stored }: { stored: StoredPack }) {
  return (
    <label className="kz-packs-muted" title={t('followHint')}>
      <input type="checkbox" checked={!!stored.follow} onChange={(e) => void setFollow(db, stored.id, e.target.checked)} data-testid="pack-follow" />{' '}
      {t('follow')}
    </label>
  );
}
