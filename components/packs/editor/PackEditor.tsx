import { useState } from 'react';
import type { StoredPack } from '@/lib/db/records';
import type { Pack } from '@/lib/pack/schema';
import { DEMO_PACK } from '@/lib/pack/store';
import { parsePack } from '@/lib/pack/validate';
import { ErrorList } from '../ErrorList';
import type { ImportApi } from '../use-import';
import { BrandsEditor } from './BrandsEditor';
import { NgWordsEditor } from './NgWordsEditor';
import { SampleTester } from './SampleTester';
import { SignalsEditor } from './SignalsEditor';
import { TemplatesEditor } from './TemplatesEditor';
import { t } from './t';

const NEW_PACK: Pack = { format: 'kizuki.pack', version: 1, id: 'my-pack', name: '', brands: [{ id: 'brand', name: '', terms: [] }] };

/**
 * The editor's body (loaded when the operator opens it, see EditorDetails.tsx). Edits a copy of a pack. Saving goes through the same validation, preview and Apply as an import,
 * so an edit can never store a pack that an import would refuse.
 */
export function PackEditor({ api, packs }: { api: ImportApi; packs: StoredPack[] }) {
  const choices = packs.length ? packs.map((p) => p.pack) : [DEMO_PACK];
  const [draft, setDraft] = useState<Pack>(() => structuredClone(choices[0]!));
  const set = (patch: Partial<Pack>) => setDraft((d) => ({ ...d, ...patch }));
  const check = parsePack(draft);
  const pick = (id: string) => setDraft(structuredClone(choices.find((p) => p.id === id) ?? NEW_PACK));

  return (
    <>
      <div className="kz-packs-row">
        <label>
          {t('base')}{' '}
          <select onChange={(e) => pick(e.target.value)} defaultValue={draft.id}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value="">{t('newPack')}</option>
          </select>
        </label>
      </div>
      <div className="kz-packs-row">
        <label className="kz-field-inline">
          {t('id')}
          <input value={draft.id} size={12} onChange={(e) => set({ id: e.target.value })} />
        </label>
        <label className="kz-field-inline">
          {t('name')}
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="kz-field-inline">
          {t('packVersion')}
          <input value={draft.packVersion ?? ''} size={6} onChange={(e) => set({ packVersion: e.target.value || undefined })} />
        </label>
      </div>
      <BrandsEditor brands={draft.brands} onChange={(brands) => set({ brands })} />
      <SignalsEditor signals={draft.signals ?? []} onChange={(signals) => set({ signals })} />
      <TemplatesEditor templates={draft.templates ?? []} onChange={(templates) => set({ templates })} product={draft.brands[0]?.name ?? ''} ngWords={draft.ngWords ?? []} personas={draft.personas ?? []} />
      <NgWordsEditor words={draft.ngWords ?? []} onChange={(ngWords) => set({ ngWords })} />
      <SampleTester pack={check.ok ? check.pack : draft} />
      {check.ok && <ErrorList errors={check.warnings} warnings />}
      {!check.ok && (
        <div data-testid="editor-errors">
          <p className="kz-packs-muted">{t('invalid')}</p>
          <ErrorList errors={check.errors} />
        </div>
      )}
      <button type="button" className="kz-packs-primary" disabled={!check.ok} onClick={() => void api.preview(draft, 'editor')} data-testid="editor-review">
        {t('review')}
      </button>
    </>
  );
}
