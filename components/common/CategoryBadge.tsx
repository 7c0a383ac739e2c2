import type { Category } from '@/lib/categories';
import { categoryLabel } from '@/lib/i18n/labels';

export { categoryLabel };

/** The category as a coloured label; the colour comes from the stylesheet (`.kz-cat-<category>`). */
export function CategoryBadge({ category }: { category: Category }) {
  return <span className={`kz-badge kz-cat-${category}`}>{categoryLabel(category)}</span>;
}
