import { useEffect, useState } from 'react';
import { db } from '@/lib/db/database';
import { onTablesChanged } from '@/lib/db/on-tables-changed';
import { makeT } from '@/lib/i18n/make-t';
import { loadInbox, type LoadedInbox } from '@/lib/team/load-inbox';
import type { InboxRow } from '@/lib/team/inbox';
import { CategoryBadge } from '@/components/common/CategoryBadge';
import { PostAuthor } from '@/components/common/PostAuthor';
import { RelativeTime } from '@/components/common/RelativeTime';
import { safePostUrl } from '@/components/common/x-link';
import { useOperator, useSyncConfig } from '@/components/common/use-settings';
import { messages } from './messages';
import { formatClockTime } from '@/lib/i18n/relative-time';

const t = makeT(messages);

function InboxItem({ row, name, me }: { row: InboxRow; name: (id: string) => string; me: string | undefined }) {
  const replying = row.replying && row.replying.operator !== me ? row.replying : null;
  return (
    <li className={row.overdue ? 'kz-item kz-overdue' : 'kz-item'} data-testid="inbox-item" data-post-id={row.postId} data-overdue={row.overdue || undefined}>
      <span className="kz-item-head">
        <CategoryBadge category={row.category} />
        {row.overdue && <strong className="kz-overdue-mark" data-testid="overdue-mark">{t('overdue')}</strong>}
        <PostAuthor post={row} />
        <RelativeTime at={row.publishedAt ?? row.seenAt} />
      </span>
      <span className="kz-item-text" lang={row.lang ?? undefined}>
        {row.text}
      </span>
      <span className="kz-item-foot">
        <span className="kz-muted" data-testid="inbox-first-seen">
          {t('firstSeen', { name: name(row.firstSeenBy) })}
        </span>
        {!row.overdue && Number.isFinite(row.deadline) && (
          <span className="kz-muted">{t('dueIn', { time: formatClockTime(row.deadline) })}</span>
        )}
        {replying && (
          <span className="kz-claim" data-testid="inbox-replying">
            {t('replying', { name: name(replying.operator) })}
          </span>
        )}
        <a href={safePostUrl(row.url, row.postId)} target="_blank" rel="noopener noreferrer">
          {t('openOnX')}
        </a>
      </span>
    </li>
  );
}

/** Deadlines and claims run out by the clock, not by a write. */
const TICK_MS = 15_000;

/**
 * The inbox as stored, read again when the background writes a sighting, a handled record, a claim
 * or a pack (from any context), and on the clock's tick. Only the newest read is shown.
 */
function useInbox(): LoadedInbox | undefined {
  const [inbox, setInbox] = useState<LoadedInbox>();
  useEffect(() => {
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      loadInbox(db, Date.now()).then(
        (loaded) => ticket === latest && setInbox(loaded),
        (error: unknown) => console.warn('kizuki: inbox read failed', error),
      );
    };
    load();
    const stop = onTablesChanged(db, ['sightings', 'handled', 'claims', 'packs'], load);
    const tick = setInterval(load, TICK_MS);
    return () => {
      latest = -1;
      stop();
      clearInterval(tick);
    };
  }, []);
  return inbox;
}

/** The team inbox: brand posts anyone on the team saw that nobody has handled, most urgent first. */
export function InboxView() {
  const sync = useSyncConfig();
  const me = useOperator();
  const inbox = useInbox();
  const name = (id: string) => (id === me?.id ? me.name : (inbox?.names.get(id) ?? id));
  return (
    <section data-testid="inbox-view" className="kz-inbox">
      {sync === null ? (
        <p className="kz-empty">{t('syncOff')}</p>
      ) : !inbox ? (
        <p className="kz-empty">{t('loading')}</p>
      ) : inbox.total === 0 ? (
        <p className="kz-empty">{t('empty')}</p>
      ) : (
        <>
          <p className="kz-hint" data-testid="inbox-summary">
            {t('summary', { total: inbox.total, overdue: inbox.overdue })}
          </p>
          <ol className="kz-queue" aria-label={t('listLabel')} data-testid="inbox-list">
            {inbox.rows.map((row) => (
              <InboxItem key={row.postId} row={row} name={name} me={me?.id} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
