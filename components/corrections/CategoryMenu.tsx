import { useState } from 'react';
import { CATEGORIES, type Category } from '@/lib/categories';
import type { PostSummary } from '@/lib/contract/records';
import { sendRequest } from '@/lib/contract/send';
import { categoryLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

/**
 * A queue row's category as a menu: picking another category records the operator's correction
 * (the background relabels the post, tells the chips and teaches the learned layer). Beside it, a
 * note when the category is not the rules' own.
 */
export function CategoryMenu({ post }: { post: PostSummary }) {
  const [error, setError] = useState<string | null>(null);
  // Every queue row has this menu, and a menu's options cost more to put in the page than the rest of
  // its row: until the operator reaches for it (focus, by key or pointer, comes before the menu opens
  // or a key moves it), it holds only the category it shows.
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  async function correct(category: Category) {
    setError(null);
    const reply = await sendRequest({ type: 'correction/record', post, category });
    if (!reply.ok) setError(t('fixFailed', { error: reply.error }));
  }
  const rules = post.rulesCategory ? categoryLabel(post.rulesCategory) : '';
  return (
    <span className="kz-fix">
      <select
        aria-label={t('fix')}
        title={t('fix')}
        data-testid="queue-fix"
        value={post.category}
        onFocus={reach}
        onPointerDown={reach}
        onChange={(e) => {
          if (e.nativeEvent.isTrusted) void correct(e.target.value as Category);
        }}
      >
        {(reached ? CATEGORIES : [post.category]).map((c) => (
          <option key={c} value={c}>
            {categoryLabel(c)}
          </option>
        ))}
      </select>
      {post.decidedBy === 'learned' && (
        <span className="kz-layer" data-testid="queue-layer" title={t('learnedTitle', { rules })}>
          {t('learned')}
        </span>
      )}
      {post.decidedBy === 'reading' && (
        <span className="kz-layer" data-testid="queue-layer" title={t('readingTitle', { rules })}>
          {t('reading')}
        </span>
      )}
      {post.decidedBy === 'team' && (
        <span className="kz-layer" data-testid="queue-layer" title={t('teamTitle', { rules })}>
          {t('team')}
        </span>
      )}
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
