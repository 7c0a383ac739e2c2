import { storage } from '#imports';

// Operator settings live in the extension's local storage: never in a synced document or an export.
export interface OperatorSettings {
  operator: string;
  signature: string;
  retentionDays: number;
  /** How many hours of seen posts the queue holds (absent in settings saved before it existed). */
  queueHours?: number;
}

export const operatorSettings = storage.defineItem<OperatorSettings>('local:operatorSettings', {
  fallback: { operator: '', signature: '', retentionDays: 365 },
});

export interface SyncSettings {
  url: string;
  team: string;
  user: string;
  /**
   * Only ever here in settings written by an older version (or straight into storage): the x.com
   * content script can read storage.local, so the background moves it into the extension's own
   * database at once (lib/settings/sync-credentials.ts).
   */
  password?: string;
  /** Changes on every save, so a new password alone still restarts sync. */
  savedAt?: number;
}

/** Where and as whom to sync; the password lives in the extension's database, never here. */
export const syncSettings = storage.defineItem<SyncSettings | null>('local:syncSettings', { fallback: null });
