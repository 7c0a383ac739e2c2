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
  password: string;
}

/** Kept apart from everything else so no export or log can pick the password up by accident. */
export const syncSettings = storage.defineItem<SyncSettings | null>('local:syncSettings', { fallback: null });
