import { severityLabel } from '@/lib/i18n/labels';
import type { NgWord } from '@/lib/pack/schema';
import { ChoiceField } from './ChoiceField';
import { t } from './t';

// A prh dictionary can hold thousands of words; the first ones are enough to see and edit here.
const SHOWN = 300;
const SEVERITIES: NgWord['severity'][] = ['error', 'warning', 'info'];

/** Plain NG words are editable; words imported from prh (with a pattern) are shown and removable. */
export function NgWordsEditor({ words, onChange }: { words: NgWord[]; onChange: (w: NgWord[]) => void }) {
  const set = (i: number, patch: Partial<NgWord>) => onChange(words.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <fieldset className="kz-packs-box">
      <legend>
        {t('ngWords')} ({words.length})
      </legend>
      <div className="kz-editor-scroll">
        {words.slice(0, SHOWN).map((w, i) => (
          <div key={i} className="kz-packs-row">
            <label className="kz-field-inline">
              {t('ngTerm')}
              <input value={w.term} readOnly={!!w.pattern} size={10} onChange={(e) => set(i, { term: e.target.value })} />
            </label>
            <label className="kz-field-inline">
              {t('suggest')}
              <input value={w.suggest ?? ''} readOnly={!!w.pattern} size={10} onChange={(e) => set(i, { suggest: e.target.value || undefined })} />
            </label>
            <ChoiceField label={t('severity')} value={w.severity} choices={SEVERITIES} labelOf={severityLabel} onChange={(severity) => set(i, { severity })} testId="ng-severity" />
            {w.pattern && <span className="kz-packs-muted">{t('patternWord')}</span>}
            <button type="button" onClick={() => onChange(words.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
        ))}
      </div>
      <button type="button" onClick={() => onChange([...words, { term: '', severity: 'warning' }])}>
        {t('addNg')}
      </button>
    </fieldset>
  );
}
