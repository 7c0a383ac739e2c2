import { useState, type ChangeEvent } from 'react';
import type { StoredPack } from '@/lib/db/records';
import { fetchWithPermission } from './fetch-with-permission';
import { DEMO_PACK } from '@/lib/pack/store';
import { addNgWordsToPack } from '@/lib/prh/add-to-pack';
import type { PrhImportResult } from '@/lib/prh/import-prh';
import type { ImportApi } from './use-import';
import { t } from './t';

// The importer itself (prh's format, the YAML parser, the regex safety checks) is loaded on first use:
// most shifts never import a dictionary.
async function fromUrl(url: string): Promise<PrhImportResult> {
  const { importPrh } = await import('@/lib/prh/import-prh');
  return importPrh(url, async (ref) => {
    const got = await fetchWithPermission(ref);
    if (!got.ok) throw new Error(got.error);
    return got.text;
  });
}

/** prh dictionaries → NG words added to a chosen pack, previewed like any import. */
export function PrhImport({ api, packs }: { api: ImportApi; packs: StoredPack[] }) {
  const [target, setTarget] = useState('');
  const [url, setUrl] = useState('');
  const targetPack = packs.find((p) => p.id === target)?.pack ?? packs[0]?.pack ?? DEMO_PACK;

  const run = async (result: Promise<PrhImportResult>, source: string) => {
    api.setBusy(true);
    try {
      const r = await result;
      if (!r.ok) return api.refuse(r.errors.map((message) => ({ message })));
      await api.preview(addNgWordsToPack(targetPack, r.ngWords), source);
    } finally {
      api.setBusy(false);
    }
  };
  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length) void run(import('./prh-files').then((m) => m.importPrhFiles(files)), `prh:${files[0]!.name}`);
  };

  return (
    <fieldset className="kz-packs-box">
      <legend>{t('prhTitle')}</legend>
      <label className="kz-field">
        {t('prhTarget')}
        <select value={targetPack.id} onChange={(e) => setTarget(e.target.value)} data-testid="prh-target">
          {(packs.length ? packs.map((p) => p.pack) : [DEMO_PACK]).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="kz-field">
        {t('prhFiles')}
        <input type="file" multiple accept=".yml,.yaml" onChange={onFiles} data-testid="prh-import" />
        <input type="file" onChange={onFiles} data-testid="prh-import-folder" {...{ webkitdirectory: '' }} />
      </label>
      <form
        className="kz-packs-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) void run(fromUrl(url.trim()), url.trim());
        }}
      >
        <input type="url" placeholder={t('prhUrl')} aria-label={t('prhUrl')} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="prh-url" />
        <button type="submit" disabled={api.busy}>
          {t('fetch')}
        </button>
      </form>
    </fieldset>
  );
}
