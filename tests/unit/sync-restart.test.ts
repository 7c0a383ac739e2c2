import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSync } from '../../lib/background/sync-engine-start';
import { startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { waitFor } from '../sync-server/fixtures';

// The background restarts the sync loops whenever the sync settings change, and restarts overlap:
// settings saved by an older version (password in storage.local) are rewritten by the restart itself,
// which fires the next one while the first is still reading storage. However they overlap, one
// browser keeps one long poll per database, and turning sync off leaves nothing polling. (A second
// engine that nobody stops doubles every request; a third fills the six connections Chromium allows
// per server, and the panel's own requests, a pack publish, wait behind the long polls.)

const TEAM = 'Restarts';
let server: SyncServer;
let proxy: FlakyProxy;
let teamDb: string;
let claimsDb: string;
/** Long polls the proxy is holding open right now, by database. */
const open = new Map<string, number>();
let most = 0;

beforeAll(async () => {
  const started = await startTeamServer(TEAM, [{ name: 'sato', password: 'pw-sato-restart' }]);
  ({ server, team: teamDb, claims: claimsDb } = started);
  proxy = await startFlakyProxy(server.url, 0);
  proxy.intercept = (req, res) => {
    const url = req.url ?? '';
    if (!/\/_changes\?.*feed=longpoll/.test(url)) return false;
    const db = url.split('/')[1]!;
    open.set(db, (open.get(db) ?? 0) + 1);
    most = Math.max(most, open.get(db)!);
    res.on('close', () => open.set(db, open.get(db)! - 1));
    return false;
  };
  // Not in the fake browser: the keep-alive call and the tab list (no x.com tab here).
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' } as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
  vi.restoreAllMocks();
});

const polling = (db: string) => open.get(db) ?? 0;

test('overlapping restarts leave one long poll per database, and turning sync off stops them all', async () => {
  startSync();
  // As an older version saved them: the password still in storage.local (moved out on restart).
  await fakeBrowser.storage.local.set({
    operatorSettings: { operator: 'sato', signature: '', retentionDays: 365 },
    syncSettings: { url: proxy.url, team: TEAM, user: 'sato', password: 'pw-sato-restart' },
  });
  await waitFor(async () => polling(teamDb) > 0 && polling(claimsDb) > 0, 10_000);
  // Long enough for a second engine (had one been started) to have caught up and begun its own polls.
  await new Promise((r) => setTimeout(r, 1_500));
  expect({ team: polling(teamDb), claims: polling(claimsDb), most }).toEqual({ team: 1, claims: 1, most: 1 });
  expect(await fakeBrowser.storage.local.get('syncSettings')).not.toHaveProperty('syncSettings.password');

  await fakeBrowser.storage.local.set({ syncSettings: null });
  await waitFor(async () => polling(teamDb) === 0 && polling(claimsDb) === 0, 10_000);
  // A turn already under way may finish; after that, nothing more (the team loop turns every 3 s).
  await new Promise((r) => setTimeout(r, 1_000));
  const before = proxy.requests;
  await new Promise((r) => setTimeout(r, 4_000));
  expect(proxy.requests - before).toBe(0);
});
