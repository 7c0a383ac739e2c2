import { CATEGORIES } from '@/lib/categories';
import type { DayRow } from '@/lib/reports/report';
import { categoryLabel } from '@/components/common/CategoryBadge';

/**
 * Stacked bars, one per day, in the category colours: plain elements with heights in percent, so it
 * needs no chart library and reads without colour too (each segment has a title, each day a total).
 */
export function DailyChart({ rows }: { rows: DayRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <figure className="kz-chart" data-testid="report-daily-chart">
      <div className="kz-chart-bars">
        {rows.map((row) => (
          <div key={row.day} className="kz-chart-day" title={`${row.day}: ${row.total}`} data-day={row.day} data-total={row.total}>
            <span className="kz-chart-total">{row.total || ''}</span>
            <div className="kz-chart-stack" style={{ height: `${(row.total / max) * 100}%` }}>
              {CATEGORIES.filter((c) => row.counts[c] > 0).map((c) => (
                <div key={c} className={`kz-chart-seg kz-seg-${c}`} style={{ flexGrow: row.counts[c] }} title={`${categoryLabel(c)}: ${row.counts[c]}`} />
              ))}
            </div>
            <span className="kz-chart-label">{row.day.slice(5)}</span>
          </div>
        ))}
      </div>
      <figcaption className="kz-chart-legend">
        {CATEGORIES.map((c) => (
          <span key={c}><i className={`kz-seg-${c}`} /> {categoryLabel(c)}</span>
        ))}
      </figcaption>
    </figure>
  );
}
