import type { StoredPack } from '@/lib/db/records';
import type { SyncConfig } from '@/lib/sync/config';
import { useSyncConfig } from '@/components/common/use-settings';
import { PublishButton } from './PublishButton';
import { FollowToggle } from './FollowToggle';
import { isSecureUrl } from '@/lib/secure-url';
import { exportFileName, mergePacks, packToJson } from '@/lib/pack/export';
import { DEMO_PACK, movePack, removePack, setPackEnabled } from '@/lib/pack/store';
import { downloadText } from './download';
import { t } from './t';
import { formatClockTime } from '@/lib/i18n/relative-time';

function PackRow({ stored, first, last, sync }: { stored: StoredPack; first: boolean; last: boolean; sync: SyncConfig | null | undefined }) {
  const { pack } = stored;
  const remove = () => {
    if (confirm(t('confirmRemove', { name: pack.name }))) void removePack(pack.id);
  };
  return (
    <li className="kz-packs-item" data-testid={`pack-row-${pack.id}`} data-enabled={stored.enabled}>
      <div className="kz-packs-row">
        <label className="kz-packs-toggle">
          <input type="checkbox" checked={stored.enabled} onChange={(e) => void setPackEnabled(pack.id, e.target.checked)} data-testid="pack-enabled" />
          <strong>{pack.name}</strong>
        </label>
        <span className="kz-packs-spacer" />
        <button type="button" disabled={first} onClick={() => void movePack(pack.id, -1)} aria-label={t('up')} title={t('up')} data-testid="pack-up">
          ↑
        </button>
        <button type="button" disabled={last} onClick={() => void movePack(pack.id, 1)} aria-label={t('down')} title={t('down')} data-testid="pack-down">
          ↓
        </button>
      </div>
      {stored.team && (
        <div className="kz-packs-team" data-testid="pack-team-label">
          {t('teamPack', {
            version: stored.team.packVersion,
            publisher: stored.team.publisher,
            time: formatClockTime(stored.team.publishedAt),
          })}
        </div>
      )}
      <div className="kz-packs-meta">
        <code>{pack.id}</code> · {pack.packVersion ? t('version', { version: pack.packVersion }) : t('noVersion')}
        {pack.updatedAt && <> · {t('updated', { date: pack.updatedAt })}</>} · {t('imported', { date: new Date(stored.importedAt).toLocaleString() })}
      </div>
      <div className="kz-packs-row">
        <button type="button" onClick={() => downloadText(exportFileName(pack), packToJson(pack))} data-testid="pack-export">
          {t('export')}
        </button>
        <button type="button" onClick={remove} data-testid="pack-remove">
          {t('remove')}
        </button>
        {sync && <PublishButton pack={pack} config={sync} />}
      </div>
      {!stored.team && isSecureUrl(stored.source) && <FollowToggle stored={stored} />}
    </li>
  );
}

/** Stored packs in precedence order (first wins), with enable, reorder, export and remove. */
export function PackList({ packs }: { packs: StoredPack[] }) {
  // With nothing imported the demo pack is the active set; a lead can export it to start their own.
  const active = packs.length ? packs.filter((p) => p.enabled).map((p) => p.pack) : [DEMO_PACK];
  const sync = useSyncConfig();
  return (
    <section className="kz-packs-box">
      <h3>{t('packsTitle')}</h3>
      {packs.length === 0 && (
        <div className="kz-packs-row">
          <p className="kz-packs-muted" data-testid="pack-demo-active">
            {t('demoActive', { name: DEMO_PACK.name })}
          </p>
          <button type="button" onClick={() => downloadText(exportFileName(DEMO_PACK), packToJson(DEMO_PACK))} data-testid="pack-export-demo">
            {t('exportDemo')}
          </button>
        </div>
      )}
      <ol className="kz-packs-list" data-testid="pack-list">
        {packs.map((p, i) => (
          <PackRow key={p.id} stored={p} first={i === 0} last={i === packs.length - 1} sync={sync} />
        ))}
      </ol>
      {active.length > 0 && (
        <button type="button" onClick={() => downloadText('active-packs.kizuki-pack.json', packToJson(mergePacks(active)))} data-testid="pack-export-merged">
          {t('exportAll')}
        </button>
      )}
    </section>
  );
}
