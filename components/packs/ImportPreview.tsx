import type { DiffEntry, DiffSection, FieldChange } from '@/lib/pack/diff';
import { ErrorList } from './ErrorList';
import type { Pending } from './use-import';
import { t } from './t';

const SECTIONS: DiffSection[] = ['pack', 'brands', 'terms', 'exclusions', 'signals', 'templates', 'ngWords', 'searches'];
const SIGN = { added: '+', removed: '−', changed: '~' } as const;

/** A field's name in the UI language; a field the pack format does not know is shown as written. */
function fieldName(field: string): string {
  const key = `field_${field}`;
  const label = t(key as Parameters<typeof t>[0]);
  return label === key ? field : label;
}

function FieldChanges({ fields }: { fields: FieldChange[] }) {
  return (
    <ul className="kz-packs-fields" data-testid="diff-fields">
      {fields.map((f) => (
        <li key={f.field} data-field={f.field}>
          {fieldName(f.field)}: <del>{f.before}</del> → <ins>{f.after}</ins>
        </li>
      ))}
    </ul>
  );
}

function Section({ section, entries }: { section: DiffSection; entries: DiffEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details open={entries.length <= 20}>
      <summary>
        {t(section)} ({entries.length})
      </summary>
      <ul className="kz-packs-diff">
        {entries.map((e, i) => (
          <li key={i} className={`kz-diff-${e.change}`} data-change={e.change}>
            <span aria-label={t(e.change)}>{SIGN[e.change]}</span> {e.label}
            {e.fields && e.fields.length > 0 && <FieldChanges fields={e.fields} />}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What the pack adds, removes and changes; nothing is stored until Apply. */
export function ImportPreview({ pending, onApply, onCancel }: { pending: Pending; onApply: () => void; onCancel: () => void }) {
  const { diff, pack, previous } = pending;
  return (
    <section className="kz-packs-box kz-packs-preview" data-testid="pack-preview">
      <h3>{t('previewTitle', { name: pack.name })}</h3>
      <p className="kz-packs-muted">
        {previous
          ? t('previewReplace', { from: previous.pack.packVersion ?? '—', importedAt: new Date(previous.importedAt).toLocaleString() })
          : t('previewNew')}
        {' · '}
        {t('previewVersion', { version: pack.packVersion ?? '—', updatedAt: pack.updatedAt ?? '—' })}
      </p>
      <ErrorList errors={pending.warnings} warnings />
      {diff.entries.length === 0 && <p>{t('previewNoChange')}</p>}
      {SECTIONS.map((s) => (
        <Section key={s} section={s} entries={diff.entries.filter((e) => e.section === s)} />
      ))}
      <div className="kz-packs-row">
        <button type="button" className="kz-packs-primary" onClick={onApply} data-testid="pack-apply">
          {t('apply')}
        </button>
        <button type="button" onClick={onCancel} data-testid="pack-cancel">
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
