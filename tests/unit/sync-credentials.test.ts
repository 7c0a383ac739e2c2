import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startSyncEngine } from '../../lib/sync/engine';
import { enqueueHandled } from '../../lib/sync/outbox';
import { takeClaim } from '../../lib/sync/claims';
import { testConnection } from '../../lib/sync/test-connection';
import { historyCsv } from '../../lib/reports/csv';
import { ADMIN, startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, handled, markLocally, waitFor } from '../sync-server/fixtures';
import type { KizukiDatabase } from '../../lib/db/database';

// The sync password must never leave the settings item: not in a synced document, not in the local
// database (which exports read), not in any log line, not in a CSV export — also when things fail.

const PASSWORD = 'Zq7-ひみつ-password-4c1f';
const WRONG = 'Wrong-ひみつ-guess-9e2a';
const TEAM = 'Secrets';
let server: SyncServer;
let teamDb: string;
let claimsDb: string;
const logged: string[] = [];

beforeAll(async () => {
  const started = await startTeamServer(TEAM, [{ name: 'sato', password: PASSWORD }]);
  ({ server, team: teamDb, claims: claimsDb } = started);
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

/** Every way the secret could be written: as is, base64 in a Basic header, URL-encoded. */
const forms = (secret: string) => [secret, btoa(String.fromCharCode(...new TextEncoder().encode(`sato:${secret}`))), encodeURIComponent(secret)];

async function dumpLocal(database: KizukiDatabase): Promise<string> {
  const tables = await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()]));
  return JSON.stringify(tables);
}

async function dumpServer(dbName: string): Promise<string> {
  const res = await fetch(`${server.url}/${dbName}/_changes?include_docs=true&style=all_docs`, {
    headers: { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}` },
  });
  return res.text();
}

describe('sync credentials', () => {
  test('the password is in no synced document, local table, log line or CSV export — also after failures', async () => {
    const a = clientDb('a');
    const config = { url: server.url, team: TEAM, user: 'sato', password: PASSWORD };
    for (const id of ['8001', '8002']) await markLocally(a, handled(id, 'sato', { note: 'お客様に確認済み' }), enqueueHandled);

    // A refused run (wrong password) and a failing one (503s), then a good one.
    const proxy = await startFlakyProxy(server.url, 2, /_bulk_docs/);
    const refused = startSyncEngine({ database: a, config: { ...config, url: proxy.url, password: WRONG }, backoffBaseMs: 20 });
    await waitFor(async () => JSON.stringify(await a.kv.toArray()).includes('"refused"'));
    refused.stop();
    const good = startSyncEngine({ database: a, config: { ...config, url: proxy.url }, backoffBaseMs: 20 });
    await waitFor(async () => (await a.outbox.count()) === 0);
    good.stop();
    await proxy.close();
    await takeClaim(config, claimsDb, a, '8001', { id: 'sato', name: '佐藤' });
    expect((await testConnection({ ...config, password: WRONG })).ok).toBe(false);
    expect((await testConnection(config)).ok).toBe(true);

    const haystacks = {
      server: (await dumpServer(teamDb)) + (await dumpServer(claimsDb)),
      local: await dumpLocal(a),
      logs: logged.join('\n'),
      csv: historyCsv(await a.handled.toArray(), 540),
    };
    expect(haystacks.server).toContain('handled:8002');
    expect(haystacks.csv).toContain('お客様に確認済み');
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of [...forms(PASSWORD), ...forms(WRONG)]) {
        expect(text.includes(secret), `${where} holds a password`).toBe(false);
      }
    }
  });
});
