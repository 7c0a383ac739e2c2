import { retrySyncNow } from '../sync-engine-start';
import { defineHandler } from '../define-handler';

// "Retry now" in the panel's sync status: no waiting out the backoff after the network is back.
export default defineHandler('sync/retry', async () => {
  retrySyncNow();
  return { ok: true };
});
