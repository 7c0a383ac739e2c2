import { memo, useEffect, useRef, type RefObject } from 'react';
import type { SeenPost } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import { CategoryBadge } from '@/components/common/CategoryBadge';
import { CategoryMenu } from '@/components/corrections/CategoryMenu';
import { HighlightedText } from '@/components/common/HighlightedText';
import { PostAuthor } from '@/components/common/PostAuthor';
import { RelativeTime } from '@/components/common/RelativeTime';
import { safePostUrl } from '@/components/common/x-link';
import { summaryOf } from '@/lib/queue/seen-posts';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  post: SeenPost;
  selected: boolean;
  claimedBy: string | undefined;
  /** The keyboard is on this post (j/k); `focus` when it got there by a key, so focus follows. */
  cursor?: 'focus' | 'mark';
  /** Past the team's reply deadline. */
  overdue?: boolean;
  handledBy?: string | undefined;
  onSelect: (post: SeenPost) => void;
  /** Virtualised list: where the row sits, which row it is of how many (only some rows are in the page). */
  ref?: (el: HTMLLIElement | null) => void;
  index?: number;
  setSize?: number;
  top?: number;
}

/** One waiting post. The whole summary is a button (select + scroll X to it); the link opens it on X. */
export function QueueItem({ post, selected, claimedBy, cursor, overdue, handledBy, onSelect, ref, index, setSize, top }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cursor !== 'focus') return;
    button.current?.focus({ preventScroll: true });
    button.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  return (
    <li
      ref={ref}
      className={['kz-item', cursor && 'kz-cursor', overdue && 'kz-overdue', handledBy && 'kz-item-handled'].filter(Boolean).join(' ')}
      data-testid="queue-item"
      data-post-id={post.postId}
      data-overdue={overdue || undefined}
      data-cursor={cursor ? 'true' : undefined}
      data-index={index}
      aria-posinset={index === undefined ? undefined : index + 1}
      aria-setsize={setSize}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
      aria-current={selected || undefined}
    >
      <QueueItemBody post={post} overdue={overdue ?? false} claimedBy={claimedBy} handledBy={handledBy} onSelect={onSelect} button={button} />
    </li>
  );
}

interface BodyProps {
  post: SeenPost;
  overdue: boolean;
  claimedBy: string | undefined;
  handledBy: string | undefined;
  onSelect: (post: SeenPost) => void;
  button: RefObject<HTMLButtonElement | null>;
}

/**
 * A row's content, apart from where the row sits. The virtual list moves rows (a new `top`) each time
 * it measures them — twice more as the panel opens — and that need not rebuild their text and menus.
 */
const QueueItemBody = memo(function QueueItemBody({ post, overdue, claimedBy, handledBy, onSelect, button }: BodyProps) {
  return (
    <>
      <button ref={button} type="button" className="kz-item-select" title={t('select')} onClick={() => onSelect(post)}>
        <span className="kz-item-head">
          <CategoryBadge category={post.category} />
          {overdue && <strong className="kz-overdue-mark" data-testid="overdue-mark">{t('overdue')}</strong>}
          <span className="kz-priority" data-testid="queue-priority">
            {t('priorityLabel')} <span className="kz-priority-n">{post.priority}</span>
          </span>
          <PostAuthor post={post} />
          <RelativeTime at={post.publishedAt ?? post.seenAt} />
        </span>
        <span className="kz-item-text" data-testid="queue-item-text" lang={post.lang ?? undefined}>
          <HighlightedText text={post.text} spans={post.matches} />
        </span>
      </button>
      <span className="kz-item-foot">
        <CategoryMenu post={summaryOf(post)} />
        {handledBy && <span className="kz-handled-by">{t('handledBy', { name: handledBy })}</span>}
        {claimedBy && <span className="kz-claim">{t('replying', { name: claimedBy })}</span>}
        <a href={safePostUrl(post.url, post.postId)} target="_blank" rel="noopener noreferrer">
          {t('openOnX')}
        </a>
      </span>
    </>
  );
});
