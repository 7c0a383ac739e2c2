import { storage } from '#imports';
import { browser } from 'wxt/browser';

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

/** The key a storage item has in `browser.storage.local` (WXT's item key without its area). */
export const storageKey = (item: { key: string }) => item.key.replace(/^local:/, '');

/**
 * The operator settings as stored (undefined: never saved), asked for at once. `getValue()` first
 * waits a promise job, and while the side panel's first chunk is being evaluated no job runs: the
 * panel's first queue read needs the queue's window, so it asks here, the same storage area and key,
 * as the chunk starts (components/queue/queue-read-at-load.ts). The item has no migrations to run.
 */
export function readOperatorSettingsNow(): Promise<Partial<OperatorSettings> | undefined> {
  const key = storageKey(operatorSettings);
  return browser.storage.local.get(key).then((stored) => stored[key] as Partial<OperatorSettings> | undefined);
}

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
