import type { Pack } from '@/lib/pack/schema';
import { savedSearches } from '@/lib/pack/searches';
import { t } from './t';

/** The packs' searches and proposals; a link opens X's live search, where the content script runs. */
export function SavedSearchList({ packs }: { packs: Pack[] }) {
  const searches = savedSearches(packs);
  if (searches.length === 0) return null;
  return (
    <section className="kz-packs-box">
      <h3>{t('searchesTitle')}</h3>
      <ul className="kz-packs-searches" data-testid="saved-searches">
        {searches.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noreferrer" title={t('openLive')}>
              {s.name}
            </a>{' '}
            <span className="kz-packs-muted">({s.origin === 'pack' ? t('fromPack') : t('proposed')})</span>
            <code className="kz-packs-query">{s.query}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
