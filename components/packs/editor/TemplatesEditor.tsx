import { CATEGORIES } from '@/lib/categories';
import { BUILTIN_TONES, categoryLabel, toneLabel } from '@/lib/i18n/labels';
import type { NgWord, Persona, Template } from '@/lib/pack/schema';
import { checkDraft, fillTemplate } from '@/lib/reply';
import { ChoiceField } from './ChoiceField';
import { t } from './t';

/** A sample post's author, so a template reads as it would in a real reply. */
const SAMPLE = { name: '山田 花子', handle: 'yamada_hanako', operator: 'サポート担当 佐藤' };

function TemplatePreview({ template, product, ngWords }: { template: Template; product: string; ngWords: NgWord[] }) {
  const filled = fillTemplate(template.text, { ...SAMPLE, product });
  const report = checkDraft(filled.text, { tone: template.tone, ngWords });
  return (
    <div className="kz-editor-preview" data-testid="template-preview">
      <div className="kz-packs-muted">
        {t('preview')} · <span data-testid="template-length">{t('length', { count: report.weightedLength, max: report.maxLength })}</span>
      </div>
      <p className="kz-editor-filled">{filled.text}</p>
      {filled.text.trim() === '' ? null : report.findings.length === 0 ? (
        <p className="kz-packs-muted">{t('noFindings')}</p>
      ) : (
        <ul className="kz-editor-findings">
          {report.findings.map((f, i) => (
            <li key={i} data-severity={f.severity}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface Props {
  templates: Template[];
  onChange: (t: Template[]) => void;
  product: string;
  ngWords: NgWord[];
  personas: Persona[];
}

export function TemplatesEditor({ templates, onChange, product, ngWords, personas }: Props) {
  // The tones a template may take: the built-in ones, the pack's personas, and the one it has now
  // (an unknown tone stays visible, so the pack check's warning about it can be acted on here).
  const toneChoices = (current: string) => [...new Set([...BUILTIN_TONES, ...personas.map((p) => p.tone), current])];
  const set = (i: number, patch: Partial<Template>) => onChange(templates.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('templates')}</legend>
      {templates.map((tpl, i) => (
        <div key={i} className="kz-editor-item">
          <div className="kz-packs-row">
            <label className="kz-field-inline">
              {t('templateId')}
              <input value={tpl.id} size={12} onChange={(e) => set(i, { id: e.target.value })} />
            </label>
            <ChoiceField label={t('category')} value={tpl.category} choices={CATEGORIES} labelOf={categoryLabel} onChange={(category) => set(i, { category })} testId="template-category" />
            <ChoiceField label={t('tone')} value={tpl.tone} choices={toneChoices(tpl.tone)} labelOf={(tone) => toneLabel(tone, personas)} onChange={(tone) => set(i, { tone })} testId="template-tone" />
            <button type="button" onClick={() => onChange(templates.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
          <label className="kz-field">
            {t('text')}
            <textarea rows={3} value={tpl.text} onChange={(e) => set(i, { text: e.target.value })} data-testid="template-text" />
          </label>
          <TemplatePreview template={tpl} product={product} ngWords={ngWords} />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...templates, { id: `template-${templates.length + 1}`, category: 'complaint', tone: 'formal', text: '{{name}}様、' }])}>
        {t('addTemplate')}
      </button>
    </fieldset>
  );
}
