import { syncConfigSchema, type SyncConfig } from '../sync/config';
import { operatorSettings, syncSettings, type SyncSettings } from './settings';
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
