import { lazy, Suspense, useState } from 'react';
import type { StoredPack } from '@/lib/db/records';
import type { ImportApi } from '../use-import';
import { t } from './t';

// The editor (its template previews run the reply checks, its tester the classifier) is a chunk of its
// own, fetched the first time the lead opens it.
const PackEditor = lazy(() => import('./PackEditor').then((m) => ({ default: m.PackEditor })));

export function EditorDetails({ api, packs }: { api: ImportApi; packs: StoredPack[] }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="kz-packs-box kz-editor" data-testid="pack-editor" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('title')}</summary>
      {opened && (
        <Suspense fallback={<p className="kz-packs-muted" aria-busy="true">…</p>}>
          <PackEditor api={api} packs={packs} />
        </Suspense>
      )}
    </details>
  );
}
