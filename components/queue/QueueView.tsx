import { useCallback, useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { countByCategory } from '@/lib/queue/queue-order';
import { useOperator } from '@/components/common/use-operator';
import { useDeadlinePolicy } from '@/components/common/use-deadline-policy';
import { useNow } from '@/components/common/use-now';
import { isOverdue, sortByUrgency } from '@/lib/team/deadlines';
import { Composer } from '@/components/composer/Composer';
import { CategoryFilter, type CategoryChoice } from './CategoryFilter';
import { QueueList } from './QueueList';
import { UndoNotice } from './UndoNotice';
import { focusPost } from './focus-post';
import { useQueue, useSelectedPost, useSelection } from './use-queue';
import { useQueueTab } from './use-queue-tab';
import { messages } from './messages';

const t = makeT(messages);

/** The operator's queue for the tab they work in, with the composer for the selected post below it. */
export function QueueView() {
  const tabId = useQueueTab();
  const queue = useQueue(tabId);
  const posts = queue?.posts;
  const me = useOperator();
  // Teammates' live claims ("佐藤さんが返信中"); the operator's own claim is not news to them.
  const claims = new Map<string, string>();
  for (const [postId, state] of Object.entries(queue?.states ?? {})) {
    if (state.claim && state.claim.operator !== me?.id) claims.set(postId, state.claim.operatorName);
  }
  const selection = useSelection();
  const selected = useSelectedPost(selection);
  const [filter, setFilter] = useState<CategoryChoice>('all');
  const [marked, setMarked] = useState<{ postId: string; handledAt: number } | null>(null);
  const hideNotice = useCallback(() => setMarked(null), []);
  // Reply deadlines (from the packs): overdue posts first, so first within any category too, and marked.
  const policy = useDeadlinePolicy() ?? null;
  const now = useNow(15_000);
  const shown = sortByUrgency((posts ?? []).filter((p) => filter === 'all' || p.category === filter), policy, now);
  const overdue = new Set(shown.filter((p) => isOverdue(p, policy, now)).map((p) => p.postId));

  return (
    <section data-testid="queue-view" className={selected ? 'kz-queue-view kz-has-composer' : 'kz-queue-view'}>
      {marked && <UndoNotice key={marked.postId} postId={marked.postId} handledAt={marked.handledAt} onDone={hideNotice} />}
      <CategoryFilter counts={countByCategory(posts ?? [])} value={filter} onChange={setFilter} />
      {posts === undefined || tabId === undefined ? (
        <p className="kz-empty">{t('loading')}</p>
      ) : tabId === null ? (
        <p className="kz-empty">{t('noTab')}</p>
      ) : shown.length === 0 ? (
        <p className="kz-empty">{posts.length === 0 ? t('empty') : t('emptyFilter')}</p>
      ) : (
        <QueueList posts={shown} selectedId={selected?.postId} claims={claims} overdue={overdue} onSelect={(p) => void focusPost(p, tabId)} />
      )}
      {selected && <Composer key={selected.postId} post={selected} onMarked={(postId, handledAt) => setMarked({ postId, handledAt })} />}
    </section>
  );
}
