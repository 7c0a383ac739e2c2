import { db as defaultDb, type KizukiDatabase } from '../db/database';
import { syncErrors, syncStatus } from '../db/kv-items';

// The sync state lives in typed kv items so the side panel reads it with useLiveQuery.

const MAX_ERRORS = 50;

export type SyncStatus = Awaited<ReturnType<typeof syncStatus.get>>;
export type SyncState = SyncStatus['state'];
/** A server document that was skipped because it did not validate. */
export type SyncError = Awaited<ReturnType<typeof syncErrors.get>>[number];

export const readStatus = (database: KizukiDatabase = defaultDb): Promise<SyncStatus> => syncStatus.get(database);

export async function writeStatus(status: Omit<SyncStatus, 'at'>, database: KizukiDatabase = defaultDb): Promise<void> {
  await syncStatus.set({ ...status, at: Date.now() }, database);
}

export const readErrors = (database: KizukiDatabase = defaultDb): Promise<SyncError[]> => syncErrors.get(database);

/** Keeps the newest errors, one per document, so a doc seen again does not flood the list. */
export async function reportErrors(errors: SyncError[], database: KizukiDatabase = defaultDb): Promise<void> {
  if (errors.length === 0) return;
  await syncErrors.update(database, (old) =>
    [...errors, ...old.filter((o) => !errors.some((e) => e.docId === o.docId && e.db === o.db))].slice(0, MAX_ERRORS),
  );
}
