import { z } from 'zod';
import { db } from '../db/database';
import { defineKvItem } from '../db/kv-items';
import { syncSettings, type SyncSettings } from './settings';

// Where the sync password lives. storage.local is readable by the x.com content script (Chrome MV3
// and Firefox MV2 alike, with no access level to restrict it), so a page that ever ran code in that
// script's world could read it. storage.session can be limited to trusted contexts in Chrome, but it
// is emptied when the browser closes and Firefox MV2 cannot restrict it, so it would still need a
// persistent store beside it. The extension origin's IndexedDB (our Dexie database) is that store on
// both browsers: a content script opening IndexedDB gets x.com's, never ours. Only the worker and
// extension pages read it. The password never enters a synced record, a log line or an export.

const syncPassword = defineKvItem('sync/password', z.string().max(1_000), '');

export type SyncCredentials = Required<Pick<SyncSettings, 'url' | 'team' | 'user' | 'password'>>;

/**
 * A password found in storage.local (saved by an older version) moves into the database and leaves
 * storage. Returns whether one was moved. Run by the background at start-up and on every change.
 */
export async function movePasswordOutOfStorage(): Promise<boolean> {
  const settings = await syncSettings.getValue();
  if (!settings?.password) return false;
  await syncPassword.set(settings.password, db);
  const { password: _moved, ...rest } = settings;
  await syncSettings.setValue({ ...rest, savedAt: Date.now() });
  return true;
}

/** The settings with the password, for the worker and the settings form; null when sync is off. */
export async function loadSyncCredentials(): Promise<SyncCredentials | null> {
  const settings = await syncSettings.getValue();
  if (!settings) return null;
  return { url: settings.url, team: settings.team, user: settings.user, password: settings.password || (await syncPassword.get(db)) };
}

/** Saves (or with null, forgets) the sync settings: the password first, so the restart finds it. */
export async function saveSyncCredentials(credentials: SyncCredentials | null): Promise<void> {
  if (!credentials) {
    await syncPassword.remove(db);
    await syncSettings.setValue(null);
    return;
  }
  const { password, ...where } = credentials;
  await syncPassword.set(password, db);
  await syncSettings.setValue({ ...where, savedAt: Date.now() });
}
