import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { FailureKind } from './couch';

// The sync state lives in a Dexie kv row so the side panel reads it with useLiveQuery.

export const STATUS_KEY = 'sync/status';
export const ERRORS_KEY = 'sync/errors';
const MAX_ERRORS = 50;

export type SyncState = 'off' | 'up-to-date' | 'pending' | 'offline' | 'refused';

export interface SyncStatus {
  state: SyncState;
  pending: number;
  /** Why the server refused (or failed): shown next to "refused". */
  reason?: FailureKind;
  detail?: string;
  /** Epoch ms of the last exchange that succeeded. */
  lastSyncAt?: number;
  at: number;
}

/** A server document that was skipped because it did not validate. */
export interface SyncError {
  at: number;
  db: 'handled' | 'claims';
  docId: string;
  problem: string;
}

export async function readStatus(database: KizukiDatabase = defaultDb): Promise<SyncStatus> {
  const row = await database.kv.get(STATUS_KEY);
  return (row?.value as SyncStatus | undefined) ?? { state: 'off', pending: 0, at: 0 };
}

export async function writeStatus(status: Omit<SyncStatus, 'at'>, database: KizukiDatabase = defaultDb): Promise<void> {
  await database.kv.put({ key: STATUS_KEY, value: { ...status, at: Date.now() } });
}

export async function readErrors(database: KizukiDatabase = defaultDb): Promise<SyncError[]> {
  const row = await database.kv.get(ERRORS_KEY);
  return (row?.value as SyncError[] | undefined) ?? [];
}

/** Keeps the newest errors, one per document, so a doc seen again does not flood the list. */
export async function reportErrors(errors: SyncError[], database: KizukiDatabase = defaultDb): Promise<void> {
  if (errors.length === 0) return;
  await database.transaction('rw', database.kv, async () => {
    const old = (await readErrors(database)).filter((o) => !errors.some((e) => e.docId === o.docId && e.db === o.db));
    await database.kv.put({ key: ERRORS_KEY, value: [...errors, ...old].slice(0, MAX_ERRORS) });
  });
}
