import { useState } from 'react';
import type { Pack } from '@/lib/pack/schema';
import type { SyncConfig } from '@/lib/sync/config';
import { teamDbName } from '@/lib/sync/config';
import { SyncFailure } from '@/lib/sync/couch';
import { publishPack } from '@/lib/sync/publish-pack';
import { t } from './t';

/**
 * 「チームに公開」: a lead publishes the pack to the team database. Who may is the server's rule
 * (validate_doc_update); an operator who tries sees the server's refusal, word for word. A server
 * that cannot be reached or does not answer in time is not a refusal: said as such, and the button
 * comes back (publishPack gives up after PUBLISH_TIMEOUT_MS).
 */
const notARefusal = (err: unknown) => err instanceof SyncFailure && (err.kind === 'offline' || err.kind === 'server');

export function PublishButton({ pack, config }: { pack: Pack; config: SyncConfig }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });
  const publish = async () => {
    setState({ busy: true, message: null, failed: false });
    try {
      const result = await publishPack(config, teamDbName(config.team), pack);
      const message = result.status === 'published' ? t('published', { version: result.packVersion }) : t('publishUnchanged', { version: result.packVersion });
      setState({ busy: false, message, failed: false });
    } catch (err) {
      const reason = (err as Error).message;
      setState({ busy: false, message: t(notARefusal(err) ? 'publishFailed' : 'publishRefused', { reason }), failed: true });
    }
  };
  return (
    <>
      <button type="button" onClick={() => void publish()} disabled={state.busy} data-testid="pack-publish">
        {state.busy ? t('publishing') : t('publish')}
      </button>
      {state.message && (
        <p role={state.failed ? 'alert' : 'status'} className={state.failed ? 'kz-packs-error' : 'kz-packs-ok'} data-testid="pack-publish-result">
          {state.message}
        </p>
      )}
    </>
  );
}
