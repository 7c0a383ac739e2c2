import type { Brand } from '@/lib/pack/schema';
import { LinesField } from './LinesField';
import { t } from './t';

export function BrandsEditor({ brands, onChange }: { brands: Brand[]; onChange: (b: Brand[]) => void }) {
  const set = (i: number, patch: Partial<Brand>) => onChange(brands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('brands')}</legend>
      {brands.map((b, i) => (
        <div key={i} className="kz-editor-item" data-testid={`editor-brand-${i}`}>
          <div className="kz-packs-row">
            <label className="kz-field-inline">
              {t('brandName')}
              <input value={b.name} onChange={(e) => set(i, { name: e.target.value })} />
            </label>
            <label className="kz-field-inline">
              {t('brandId')}
              <input value={b.id} size={10} onChange={(e) => set(i, { id: e.target.value })} />
            </label>
            <button type="button" onClick={() => onChange(brands.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
          <LinesField label={t('terms')} value={b.terms} onChange={(terms) => set(i, { terms })} testId="editor-terms" />
          <LinesField label={t('exclude')} value={b.exclude ?? []} onChange={(exclude) => set(i, { exclude })} />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...brands, { id: `brand-${brands.length + 1}`, name: '', terms: [] }])}>
        {t('addBrand')}
      </button>
    </fieldset>
  );
}
