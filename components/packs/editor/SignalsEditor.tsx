import { CATEGORIES } from '@/lib/categories';
import { categoryLabel } from '@/lib/i18n/labels';
import type { Signal } from '@/lib/pack/schema';
import { ChoiceField } from './ChoiceField';
import { LinesField } from './LinesField';
import { t } from './t';

const SIGNAL_CATEGORIES = CATEGORIES.filter((c): c is Signal['category'] => c !== 'other');

export function SignalsEditor({ signals, onChange }: { signals: Signal[]; onChange: (s: Signal[]) => void }) {
  const set = (i: number, patch: Partial<Signal>) => onChange(signals.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('signals')}</legend>
      {signals.map((s, i) => (
        <div key={i} className="kz-editor-item">
          <div className="kz-packs-row">
            <ChoiceField label={t('category')} value={s.category} choices={SIGNAL_CATEGORIES} labelOf={categoryLabel} onChange={(category) => set(i, { category })} testId="signal-category" />
            <label className="kz-field-inline">
              {t('weight')}
              <input type="number" min={0} max={10} step={0.5} value={s.weight ?? 1} onChange={(e) => set(i, { weight: Number(e.target.value) })} />
            </label>
            <button type="button" onClick={() => onChange(signals.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
          <LinesField label={t('terms')} value={s.terms} onChange={(terms) => set(i, { terms })} />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...signals, { category: 'complaint', terms: [], weight: 1 }])}>
        {t('addSignal')}
      </button>
    </fieldset>
  );
}
