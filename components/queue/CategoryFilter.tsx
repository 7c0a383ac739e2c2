import { CATEGORIES, type Category } from '@/lib/categories';
import { makeT } from '@/lib/i18n/make-t';
import { categoryLabel } from '@/components/common/CategoryBadge';
import { messages } from './messages';

const t = makeT(messages);
export type CategoryChoice = Category | 'all';

interface Props {
  counts: Record<Category, number>;
  value: CategoryChoice;
  onChange: (choice: CategoryChoice) => void;
}

/** One toggle per category with its count, so the operator sees at a glance where the work is. */
export function CategoryFilter({ counts, value, onChange }: Props) {
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  const choices: [CategoryChoice, string, number][] = [
    ['all', t('all'), total],
    ...CATEGORIES.map((c): [CategoryChoice, string, number] => [c, categoryLabel(c), counts[c]]),
  ];
  return (
    <div className="kz-filter" role="group" aria-label={t('filterLabel')}>
      {choices.map(([choice, label, count]) => (
        <button
          key={choice}
          type="button"
          className={choice === 'all' ? 'kz-chip' : `kz-chip kz-cat-${choice}`}
          aria-pressed={value === choice}
          data-testid={`filter-${choice}`}
          onClick={() => onChange(choice)}
        >
          {label} <span className="kz-count">{count}</span>
        </button>
      ))}
    </div>
  );
}
