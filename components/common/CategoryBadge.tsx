import type { Category } from '@/lib/categories';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from '@/lib/i18n/common-messages';

const t = makeT(messages);

/** The category as a coloured label; the colour comes from the stylesheet (`.kz-cat-<category>`). */
export function CategoryBadge({ category }: { category: Category }) {
  return <span className={`kz-badge kz-cat-${category}`}>{t(category)}</span>;
}

export function categoryLabel(category: Category): string {
  return t(category);
}
