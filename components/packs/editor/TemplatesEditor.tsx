import { CATEGORIES } from '@/lib/categories';
import type { NgWord, Template } from '@/lib/pack/schema';
import { checkDraft, fillTemplate } from '@/lib/reply';
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
      {report.findings.length === 0 ? (
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

export function TemplatesEditor({ templates, onChange, product, ngWords }: { templates: Template[]; onChange: (t: Template[]) => void; product: string; ngWords: NgWord[] }) {
  const set = (i: number, patch: Partial<Template>) => onChange(templates.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('templates')}</legend>
      {templates.map((tpl, i) => (
        <div key={i} className="kz-editor-item">
          <div className="kz-packs-row">
            <input aria-label={t('templateId')} value={tpl.id} size={12} onChange={(e) => set(i, { id: e.target.value })} />
            <select aria-label={t('category')} value={tpl.category} onChange={(e) => set(i, { category: e.target.value as Template['category'] })}>
              {CATEGORIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <input aria-label={t('tone')} list="kz-tones" value={tpl.tone} size={8} onChange={(e) => set(i, { tone: e.target.value })} />
            <button type="button" onClick={() => onChange(templates.filter((_, j) => j !== i))}>
              {t('remove')}
            </button>
          </div>
          <textarea aria-label={t('text')} rows={3} value={tpl.text} onChange={(e) => set(i, { text: e.target.value })} data-testid="template-text" />
          <TemplatePreview template={tpl} product={product} ngWords={ngWords} />
        </div>
      ))}
      <datalist id="kz-tones">
        <option value="formal" />
        <option value="casual" />
      </datalist>
      <button type="button" onClick={() => onChange([...templates, { id: `template-${templates.length + 1}`, category: 'complaint', tone: 'formal', text: '{{name}}様、' }])}>
        {t('addTemplate')}
      </button>
    </fieldset>
  );
}
