import { useState, type ChangeEvent } from 'react';
import type { ImportApi } from './use-import';
import { t } from './t';

/** A pack file or a URL → preview. The file input's testid is part of the project's contract (issue 2). */
export function ImportControls({ api }: { api: ImportApi }) {
  const [url, setUrl] = useState('');
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again must load it again
    if (file) await api.preview(await file.text(), `file:${file.name}`);
  };
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('importTitle')}</legend>
      <label className="kz-field">
        {t('importFile')}
        <input type="file" accept=".json,application/json" data-testid="pack-import" onChange={onFile} />
      </label>
      <form
        className="kz-packs-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) void api.fromUrl(url);
        }}
      >
        <input type="url" placeholder={t('importUrl')} aria-label={t('importUrl')} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="pack-url" />
        <button type="submit" disabled={api.busy} data-testid="pack-url-fetch">
          {api.busy ? t('fetching') : t('fetch')}
        </button>
      </form>
    </fieldset>
  );
}
