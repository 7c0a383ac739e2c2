import { useLiveQuery } from 'dexie-react-hooks';
import { getActivePacks, listPacks } from '@/lib/pack/store';
import { ErrorList } from './ErrorList';
import { ImportControls } from './ImportControls';
import { ImportPreview } from './ImportPreview';
import { EditorDetails } from './editor/EditorDetails';
import { PackList } from './PackList';
import { PrhImport } from './PrhImport';
import { SavedSearchList } from './SavedSearchList';
import { TeamPackErrors } from './TeamPackErrors';
import { PackUpdates } from './PackUpdates';
import { useImport } from './use-import';
import { t } from './t';
import './packs.css';

/** The packs tab: import with preview, the packs in precedence order, prh NG words, saved searches. */
export function PacksView() {
  const api = useImport();
  const packs = useLiveQuery(() => listPacks(), [], undefined);
  const active = useLiveQuery(() => getActivePacks(), [], []);
  return (
    <section data-testid="packs-view" className="kz-packs">
      <ImportControls api={api} />
      <ErrorList errors={api.errors} />
      {api.applied && (
        <p role="status" className="kz-packs-ok" data-testid="pack-applied">
          {t('applied', { name: api.applied })}
        </p>
      )}
      {api.pending && <ImportPreview pending={api.pending} onApply={() => void api.apply()} onCancel={api.cancel} />}
      <TeamPackErrors />
      <PackUpdates />
      {packs && <PackList packs={packs} />}
      {packs && <PrhImport api={api} packs={packs} />}
      {packs && <EditorDetails key={packs.map((p) => p.id).join()} api={api} packs={packs} />}
      <SavedSearchList packs={active} />
    </section>
  );
}
