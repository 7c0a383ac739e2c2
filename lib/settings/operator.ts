import { browser } from 'wxt/browser';
import { syncConfigSchema, type SyncConfig } from '../sync/config';
import { keptRead } from '../kept-read';
import { operatorSettings, storageKey, syncSettings, type SyncSettings } from './settings';
import { loadSyncCredentials } from './sync-credentials';

/** Who syncs, without the password (which the content script's storage never holds). */
const syncTargetSchema = syncConfigSchema.omit({ password: true });

/**
 * Who the operator is, decided here and nowhere else. With team sync on, `id` is the sync user name:
 * the server's validate_doc_update accepts a document only in its writer's own name, so a record
 * written under anything else would be refused for good. `name` (「佐藤」) is what people read on
 * chips, in the queue and in reports. Without sync both are the local name.
 */
export interface Operator {
  id: string;
  name: string;
}

/** Null when nobody is set up yet (no local name and no sync): marking is refused with a hint. */
export function resolveOperator(localName: string, sync: SyncSettings | null): Operator | null {
  const name = localName.trim();
  const config = syncTargetSchema.safeParse(sync);
  if (config.success) return { id: config.data.user, name: name || config.data.user };
  return name ? { id: name, name } : null;
}

/** The validated sync settings, or null when sync is off or half filled in. */
export async function currentSyncConfig(): Promise<SyncConfig | null> {
  const parsed = syncConfigSchema.safeParse(await loadSyncCredentials());
  return parsed.success ? parsed.data : null;
}

export async function currentOperator(): Promise<Operator | null> {
  const [settings, sync] = await Promise.all([operatorSettings.getValue(), syncSettings.getValue()]);
  return resolveOperator(settings.operator, sync);
}

/**
 * `read`, kept in memory until storage.local says one of `keys` changed: for what every report of
 * seen posts and every chip's state request asks (the sync target, who the operator is), where a
 * storage read per message meant a round trip to the browser process for an answer that changes
 * when the operator saves their settings. A change while a read is on its way discards that read.
 * Paths that act on a change (sync restarting) read storage themselves.
 */
export function keptUntilChanged<T>(keys: readonly string[], read: () => Promise<T>): () => Promise<T> {
  const kept = keptRead(read);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) kept.forget();
  };
  return () => {
    // No listener (never added, or removed with every other: a test resetting its fake browser) means
    // no change would be heard: what is kept may be stale.
    if (!browser.storage.onChanged.hasListener(onChanged)) {
      browser.storage.onChanged.addListener(onChanged);
      kept.forget();
    }
    return kept.get();
  };
}

/** currentSyncConfig, kept until the sync settings change (the password is saved with them, before them). */
export const reportSyncConfig = keptUntilChanged([storageKey(syncSettings)], currentSyncConfig);

/** currentOperator, kept until the operator's or the sync settings change. */
export const reportOperator = keptUntilChanged([storageKey(operatorSettings), storageKey(syncSettings)], currentOperator);
