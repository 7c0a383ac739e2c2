import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectedPost } from '@/lib/db/kv-items';
import { makeT } from '@/lib/i18n/make-t';
import { countByCategory } from '@/lib/queue/queue-order';
import { useOperator } from '@/components/common/use-settings';
import { useDeadlinePolicy } from '@/components/common/use-deadline-policy';
import { useNow } from '@/components/common/use-now';
import type { SeenPost } from '@/lib/contract/records';
import { UrgencyOrder } from '@/lib/queue/urgency-order';
import { CategoryFilter, type CategoryChoice } from './CategoryFilter';
import { QueueList } from './QueueList';
import { UndoNotice } from './UndoNotice';
import { focusPost } from './focus-post';
import { moveCursor } from './queue-cursor';
import { useShortcuts } from '@/components/shell/use-shortcuts';
import { ShortcutHelp } from '@/components/shell/ShortcutHelp';
import { useQueue, useQueueHours, useSelectedPost, useSelection } from './use-queue';
import { useQueueTab } from './use-queue-tab';
import { startedDeadlinePolicy } from './start-queue-read';
import { messages } from './messages';
import { takeFirstScreenInput } from './first-screen';

const t = makeT(messages);

// The composer (reply checks, X's weighted length, the prh engine) is its own chunk: the queue shows
// without waiting for it, and it is fetched once the first rows are painted, so a selected post does
// not wait either.
const loadComposer = () => import('@/components/composer/Composer');
const Composer = lazy(() => loadComposer().then((m) => ({ default: m.Composer })));

/**
 * The operator's queue: brand posts seen in any x.com tab over the last hours that nobody has
 * handled (a filter shows the handled ones too), with the composer for the selected post below it.
 */
export function QueueView() {
  const tabId = useQueueTab();
  const queue = useQueue(useQueueHours());
  const me = useOperator();
  const [filter, setFilter] = useState<CategoryChoice>('all');
  const [showHandled, setShowHandled] = useState(false);
  // Teammates' live claims ("佐藤さんが返信中"; the operator's own claim is not news to them) and who
  // handled what: rebuilt when a state changes, not for each new post.
  const states = queue?.states;
  const marks = useMemo(() => {
    const claims = new Map<string, string>();
    const handledBy = new Map<string, string>();
    for (const [postId, state] of Object.entries(states ?? {})) {
      if (state.claim && state.claim.operator !== me?.id) claims.set(postId, state.claim.operatorName);
      if (state.handled.length) handledBy.set(postId, state.handled.map((h) => h.operatorName || h.operator).join('・'));
    }
    return { claims, handledBy };
  }, [states, me?.id]);
  // The waiting list and the counts come kept up to date with the queue (queue-model.ts): only a
  // chosen category costs a pass over the list.
  const view = useMemo(() => {
    if (!queue) return undefined;
    const listed = showHandled ? queue.posts : queue.waiting;
    const counts = showHandled ? queue.counts.all : queue.counts.waiting;
    return { waiting: queue.waiting, counts, shown: filter === 'all' ? listed : listed.filter((p) => p.category === filter) };
  }, [queue, showHandled, filter]);
  const selection = useSelection();
  const selected = useSelectedPost(selection);
  const [marked, setMarked] = useState<{ postId: string; handledAt: number } | null>(null);
  const hideNotice = useCallback(() => setMarked(null), []);
  const onSelect = useCallback((p: Parameters<typeof focusPost>[0]) => void focusPost(p, tabId), [tabId]);
  // Reply deadlines (from the packs): overdue posts first, so first within any category too, and marked.
  // Until the live read of the packs answers, the policy read with the queue at start-up orders it.
  const policy = useDeadlinePolicy() ?? startedDeadlinePolicy() ?? null;
  const now = useNow(15_000);
  // Kept in order from batch to batch, not sorted again for each new post (urgency-order.ts).
  const [urgency] = useState(() => new UrgencyOrder<SeenPost>());
  const { shown, overdue } = useMemo(() => {
    const shown = view ? urgency.order(view.shown, policy, now) : [];
    return { shown, overdue: urgency.overdue() };
  }, [urgency, view, policy, now]);
  const [help, setHelp] = useState(false);
  // Taking over the first screen the page drew before React arrived (first-screen.ts): the focus
  // goes back where it was, and a row clicked meanwhile is selected once the x.com tab is known.
  const clickedFirst = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const { clicked, focus } = takeFirstScreenInput();
    clickedFirst.current = clicked;
    if (!focus || (document.activeElement && document.activeElement !== document.body)) return;
    const target = focus.postId
      ? [...document.querySelectorAll<HTMLElement>('[data-post-id]')].find((row) => row.dataset.postId === focus.postId)?.querySelector<HTMLElement>('.kz-item-select')
      : [...document.querySelectorAll<HTMLElement>('[data-testid]')].find((el) => el.dataset.testid === focus.testid);
    target?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    const postId = clickedFirst.current;
    const post = postId === undefined || tabId === undefined ? undefined : shown.find((p) => p.postId === postId);
    if (post) {
      clickedFirst.current = undefined;
      onSelect(post);
    }
  }, [tabId, shown, onSelect]);
  const listed = view !== undefined;
  useEffect(() => {
    if (!listed) return;
    // After the first rows are painted, not in the same task: the list's layout passes run in one
    // task with this effect, and the composer's six scripts would be requested before the rows show.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => void loadComposer())));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [listed]);
  // The keyboard's place in the list, by post id (the list may render only what is in view); it
  // starts on the open post, else the first one.
  const [cursorState, setCursor] = useState<{ postId: string; focus: boolean } | null>(null);
  const cursorId = cursorState && shown.some((p) => p.postId === cursorState.postId) ? cursorState.postId : (selected?.postId ?? shown[0]?.postId);
  const cursor = cursorId === undefined ? undefined : { postId: cursorId, focus: cursorState?.postId === cursorId && cursorState.focus };
  const move = (delta: number) => {
    const next = moveCursor(
      shown.map((p) => p.postId),
      cursorId,
      delta,
    );
    if (next) setCursor({ postId: next, focus: true });
  };
  const open = () => {
    const post = shown.find((p) => p.postId === cursorId);
    if (post) void focusPost(post, tabId);
  };
  useShortcuts({
    j: () => move(1),
    ArrowDown: () => move(1),
    k: () => move(-1),
    ArrowUp: () => move(-1),
    Enter: open,
    Escape: () => (help ? setHelp(false) : void selectedPost.remove()),
    '?': () => setHelp((h) => !h),
  });

  return (
    <section data-testid="queue-view" className={selected ? 'kz-queue-view kz-has-composer' : 'kz-queue-view'}>
      {marked && <UndoNotice key={marked.postId} postId={marked.postId} handledAt={marked.handledAt} onDone={hideNotice} />}
      <div className="kz-queue-bar">
        <CategoryFilter counts={view?.counts ?? countByCategory([])} value={filter} onChange={setFilter} />
        <button type="button" className="kz-help-button" aria-label={t('shortcuts')} title={t('shortcuts')} aria-expanded={help} data-testid="shortcut-help-button" onClick={() => setHelp((h) => !h)}>
          ?
        </button>
      </div>
      <label className="kz-show-handled">
        <input type="checkbox" checked={showHandled} onChange={(e) => setShowHandled(e.target.checked)} data-testid="show-handled" /> {t('showHandled')}
      </label>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      {view === undefined ? (
        <p className="kz-empty">{t('loading')}</p>
      ) : view.shown.length === 0 ? (
        <p className="kz-empty">{view.waiting.length > 0 || showHandled ? t('emptyFilter') : tabId === null ? t('noTab') : t('empty')}</p>
      ) : (
        <QueueList
          posts={shown}
          selectedId={selected?.postId}
          claims={marks.claims}
          handledBy={showHandled ? marks.handledBy : undefined}
          overdue={overdue}
          cursor={cursor}
          onSelect={onSelect}
        />
      )}
      {selected && (
        <Suspense fallback={null}>
          <Composer key={selected.postId} post={selected} onMarked={(postId, handledAt) => setMarked({ postId, handledAt })} />
        </Suspense>
      )}
    </section>
  );
}
