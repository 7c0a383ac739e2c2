import type { SeenPost } from '@/lib/contract/records';
import { CategoryBadge } from '@/components/common/CategoryBadge';
import { PostAuthor } from '@/components/common/PostAuthor';
import { RelativeTime } from '@/components/common/RelativeTime';

/** The post being answered, in short: the operator keeps it in view while writing. */
export function PostQuote({ post }: { post: SeenPost }) {
  return (
    <div className="kz-quote" data-testid="composer-post">
      <span className="kz-item-head">
        <CategoryBadge category={post.category} />
        <PostAuthor post={post} />
        <RelativeTime at={post.publishedAt ?? post.seenAt} />
      </span>
      <span className="kz-quote-text" lang={post.lang ?? undefined}>
        {post.text}
      </span>
    </div>
  );
}
