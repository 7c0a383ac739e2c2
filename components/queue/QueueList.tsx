import type { SeenPost } from '@/lib/contract/records';
import { makeT } from '@/lib/i18n/make-t';
import { QueueItem } from './QueueItem';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  posts: SeenPost[];
  selectedId: string | undefined;
  claims: Map<string, string>;
  overdue?: ReadonlySet<string>;
  onSelect: (post: SeenPost) => void;
}

export function QueueList({ posts, selectedId, claims, overdue, onSelect }: Props) {
  return (
    <ol className="kz-queue" aria-label={t('queueLabel')} data-testid="queue-list">
      {posts.map((post) => (
        <QueueItem
          key={post.postId}
          post={post}
          selected={post.postId === selectedId}
          claimedBy={claims.get(post.postId)}
          overdue={overdue?.has(post.postId) ?? false}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
