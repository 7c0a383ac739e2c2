import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SeenPost } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import { QueueItem } from './QueueItem';
import { ESTIMATED_ROW_PX, ROW_GAP_PX } from './first-screen';
import { messages } from './messages';

const t = makeT(messages);

/** Where the list lays out before the browser measures it (tests without layout, first paint). */
const INITIAL_RECT = { width: 360, height: 720 };

interface Props {
  posts: readonly SeenPost[];
  selectedId: string | undefined;
  claims: Map<string, string>;
  /** Who handled a post, for handled posts shown by the filter. */
  handledBy?: Map<string, string>;
  /** Where the keyboard is (j/k), by post id; `focus` when a key moved it there. */
  cursor?: { postId: string; focus: boolean };
  /** Posts past the team's reply deadline. */
  overdue?: ReadonlySet<string>;
  onSelect: (post: SeenPost) => void;
}

/**
 * The queue, any length: only the rows on screen (and a few either side) are in the page, so a
 * queue of thousands costs what a screenful costs (@tanstack/react-virtual measures each row's real
 * height). The selected row is scrolled into view when the selection changes.
 */
export function QueueList({ posts, selectedId, claims, handledBy, cursor, overdue, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // A new key function tells the virtualizer the rows may have moved: it then works out every row's
  // position again, a pass over the whole queue. Only a new list needs that, not every render (the
  // virtualizer renders again itself after measuring a row, after a scroll).
  const getItemKey = useCallback((index: number) => posts[index]!.postId, [posts]);
  const virtualizer = useVirtualizer({
    count: posts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey,
    gap: ROW_GAP_PX,
    overscan: 4,
    initialRect: INITIAL_RECT,
  });

  const selectedIndex = selectedId === undefined ? -1 : posts.findIndex((p) => p.postId === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only a new selection scrolls: new posts arriving must not pull the operator back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // A key that moves the cursor onto a row outside the rendered window brings that row into the page first.
  const cursorIndex = cursor?.focus ? posts.findIndex((p) => p.postId === cursor.postId) : -1;
  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cursor?.postId, cursor?.focus]);

  return (
    <div ref={scroller} className="kz-queue-scroll" data-testid="queue-scroll">
      <ol className="kz-queue" aria-label={t('queueLabel')} data-testid="queue-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const post = posts[row.index]!;
          return (
            <QueueItem
              key={row.key}
              ref={virtualizer.measureElement}
              index={row.index}
              setSize={posts.length}
              top={row.start}
              post={post}
              selected={post.postId === selectedId}
              claimedBy={claims.get(post.postId)}
              handledBy={handledBy?.get(post.postId)}
              cursor={cursor?.postId === post.postId ? (cursor.focus ? 'focus' : 'mark') : undefined}
              overdue={overdue?.has(post.postId) ?? false}
              onSelect={onSelect}
            />
          );
        })}
      </ol>
    </div>
  );
}
