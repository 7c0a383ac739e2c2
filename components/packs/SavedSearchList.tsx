import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import type { Pack } from '@/lib/pack/schema';
import { savedSearches, type SavedSearch } from '@/lib/pack/searches';
import { isDue, lastVisits, roundDoc, searchKey, type LastVisit } from '@/lib/team/search-rounds';
import { recordRound } from '@/lib/team/team-store';
import { formatAge } from '@/lib/i18n/relative-time';
import { useNow } from '@/components/common/use-now';
import { useOperator } from '@/components/common/use-settings';
import { t } from './t';

/** Who last opened a search (any teammate), when, and how many brand posts nobody had seen that visit found. */
function useLastVisits(): Map<string, LastVisit> | undefined {
  return useLiveQuery(async () => lastVisits((await db.rounds.toArray()).map((r) => ({ ...r, _id: r.id, type: 'round' as const }))), []);
}

/**
 * The packs' searches and proposals, with the team's search rounds (定期巡回): a link opens X's live
 * search, where the content script runs, and records the visit so teammates see it. Kizuki never
 * opens a search by itself.
 */
export function SavedSearchList({ packs }: { packs: Pack[] }) {
  const searches = savedSearches(packs);
  const visits = useLastVisits();
  const me = useOperator();
  const now = useNow();
  if (searches.length === 0) return null;
  const open = (s: SavedSearch) => {
    if (me) void recordRound(db, roundDoc(s, me.id, Date.now()));
  };
  return (
    <section className="kz-packs-box">
      <h3>{t('searchesTitle')}</h3>
      <ul className="kz-packs-searches" data-testid="saved-searches">
        {searches.map((s) => {
          const last = visits?.get(searchKey(s.query));
          const due = isDue(s, last, now);
          return (
            <li key={s.url} data-testid="saved-search" data-due={due || undefined}>
              <a href={s.url} target="_blank" rel="noreferrer" title={t('openLive')} onClick={() => open(s)}>
                {s.name}
              </a>{' '}
              <span className="kz-packs-muted">({s.origin === 'pack' ? t('fromPack') : t('proposed')})</span>{' '}
              {due && <span className="kz-packs-due" data-testid="search-due">{t('due')}</span>}
              <code className="kz-packs-query">{s.query}</code>
              <span className="kz-packs-muted" data-testid="search-last-visit">
                {last
                  ? t('lastVisit', { ago: formatAge(last.openedAt, now), name: last.operator === me?.id ? me.name : last.operator, n: last.newPosts })
                  : t('neverVisited')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
