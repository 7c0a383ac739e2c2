// @vitest-environment jsdom
import { until } from './support/until';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { operatorSettings, syncSettings } from '@/lib/settings/settings';
import { loadSyncCredentials, movePasswordOutOfStorage } from '@/lib/settings/sync-credentials';
import { currentSyncConfig } from '@/lib/settings/operator';
import { writeStatus } from '@/lib/sync/status';
import { SyncSettingsForm } from '@/components/settings/SyncSettingsForm';
import { startTeamServer, type SyncServer } from '../sync-server/server';

// The sync settings form against a real pouchdb-server: "Test connection" says clearly what is
// wrong, saving stores the settings and asks for the server's host permission, the badge shows state.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let server: SyncServer;
let root: Root;
let asked: string[][];
let grant: boolean;

beforeAll(async () => {
  ({ server } = await startTeamServer('Form Team', [{ name: 'sato', password: 'pw-form' }]));
});
afterAll(() => server?.stop());

beforeEach(async () => {
  fakeBrowser.reset();
  asked = [];
  grant = true;
  // The fake browser has no permissions API: record what would be asked, answer as the operator would.
  Object.assign(fakeBrowser.permissions, {
    contains: async () => false,
    request: async (p: { origins: string[] }) => (asked.push(p.origins), grant),
  });
  // Chrome's manifest declares no optional data collection, so only the host is asked for.
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Kizuki', version: '0.1.0' }) });
  await db.kv.clear();
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  await act(async () => root.render(<SyncSettingsForm />));
});
afterEach(() => act(() => root.unmount()));

const $ = (sel: string) => document.querySelector(sel) as HTMLElement;


async function fill(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = $(`[data-testid="sync-${name}"]`) as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

const click = (testId: string) => act(async () => $(`[data-testid="${testId}"]`).click());
const notice = () => $('[data-testid="sync-notice"]')?.textContent ?? '';

describe('sync settings form', () => {
  test('Test connection: wrong password, missing team and success each say so', async () => {
    await fill({ url: server.url, team: 'Form Team', user: 'sato', password: 'wrong' });
    await click('sync-test');
    await until(() => expect(notice()).toBe('Wrong user name or password.'), 5000);
    expect($('[data-testid="sync-notice"]').getAttribute('role')).toBe('alert');

    await fill({ password: 'pw-form', team: 'Other Team' });
    await click('sync-test');
    await until(() => expect(notice()).toMatch(/team_other_team does not exist.*sync-setup/), 5000);

    await fill({ team: 'Form Team' });
    await click('sync-test');
    await until(() => expect(notice()).toBe('Connected as sato. The team databases are ready.'), 5000);
    expect(asked.at(-1)).toEqual([`${server.url}/*`]);
  });

  test('Save stores the settings, asks for that origin only, and fills an empty operator name', async () => {
    await operatorSettings.setValue({ operator: '', signature: '', retentionDays: 365 });
    await fill({ url: `${server.url}/`, team: 'Form Team', user: 'sato', password: 'pw-form' });
    await click('sync-save');
    await until(() => expect(notice()).toBe('Saved. Sync starts now.'), 5000);
    // storage.local (which the x.com content script can read) holds no password; the extension's database does.
    const stored = await syncSettings.getValue();
    expect(stored).toMatchObject({ url: `${server.url}/`, team: 'Form Team', user: 'sato' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('pw-form');
    expect(await loadSyncCredentials()).toEqual({ url: `${server.url}/`, team: 'Form Team', user: 'sato', password: 'pw-form' });
    expect(asked).toEqual([[`${server.url}/*`]]);
    expect((await operatorSettings.getValue()).operator).toBe('sato');
  });

  test('a refused permission and an operator name that differs are both pointed out', async () => {
    grant = false;
    await fill({ url: server.url, team: 'Form Team', user: 'sato', password: 'pw-form' });
    await click('sync-save');
    await until(() => expect(notice()).toMatch(/did not allow access to http:\/\/127\.0\.0\.1/), 5000);
    grant = true;
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    await click('sync-save');
    await until(() => expect(notice()).toMatch(/operator name is “佐藤” but the sync user is “sato”/), 5000);
  });

  test('an incomplete form is refused before anything is sent', async () => {
    await fill({ url: 'couch.example.com', team: 'x', user: 'u', password: 'p' });
    await click('sync-save');
    await until(() => expect(notice()).toMatch(/Fill in every field/), 5000);
    expect(asked).toEqual([]);
    expect(await syncSettings.getValue()).toBeNull();
  });

  test('the badge follows the engine status row; Turn off clears the settings', async () => {
    await act(() => writeStatus({ state: 'refused', pending: 3, reason: 'auth', detail: 'wrong user name or password' }));
    await until(() => expect($('[data-testid="sync-status"]').textContent).toBe('Refused: wrong password'));
    await act(() => writeStatus({ state: 'pending', pending: 3 }));
    await until(() => expect($('[data-testid="sync-status"]').textContent).toBe('Pending 3'));
    await syncSettings.setValue({ url: server.url, team: 't', user: 'u', password: 'p' });
    await click('sync-off');
    await until(() => expect(notice()).toMatch(/Sync is off/), 5000);
    expect(await syncSettings.getValue()).toBeNull();
    expect(await loadSyncCredentials()).toBeNull();
  });

  test('a password stored by an older version moves out of storage.local into the extension database', async () => {
    await syncSettings.setValue({ url: server.url, team: 't', user: 'sato', password: 'pw-legacy' });
    expect(await movePasswordOutOfStorage()).toBe(true);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('pw-legacy');
    expect(await loadSyncCredentials()).toMatchObject({ user: 'sato', password: 'pw-legacy' });
    expect(await currentSyncConfig()).toMatchObject({ user: 'sato', password: 'pw-legacy' });
    expect(await movePasswordOutOfStorage()).toBe(false);
  });
});
