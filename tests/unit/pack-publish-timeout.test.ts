import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PACK } from '../../lib/pack/store';
import type { Pack } from '../../lib/pack/schema';
import { SyncFailure } from '../../lib/sync/couch';
import { publishPack } from '../../lib/sync/publish-pack';
import { configFor } from '../sync-server/fixtures';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';
import { setupTeam } from '../../lib/sync/setup';

// A publish waits on two requests to the team server. A network or server that takes the request and
// never answers must not leave the lead at 「公開中…」 for good: the publish gives up with a message
// that says so (not "refused"), and publishing again works once the server answers.

const TEAM = 'Stalls';
const LEAD = { name: 'tanaka', password: 'pw-tanaka-stall' };
let server: SyncServer;
let proxy: FlakyProxy;
let dbName: string;
const held: (() => void)[] = [];

beforeAll(async () => {
  server = await startSyncServer();
  ({ team: dbName } = await setupTeam({ url: server.url, admin: ADMIN, team: TEAM, operators: [{ name: 'sato', password: 'pw-sato-stall' }], leads: [LEAD], log: () => {} }));
  proxy = await startFlakyProxy(server.url, 0);
});
afterAll(async () => {
  held.forEach((end) => end());
  await proxy?.close();
  await server?.stop();
});

/** The proxy takes matching requests and never answers them (a stalled network or server). */
function stall(method: string) {
  proxy.intercept = (req, res) => {
    if (req.method !== method || !req.url?.includes('/pack%3A')) return false;
    req.resume();
    held.push(() => res.destroy());
    return true;
  };
}

const pack = (version: string): Pack => ({ ...DEMO_PACK, id: 'kaede', name: 'かえで', packVersion: version });

test.each([['GET', '1.0'], ['PUT', '2.0']])('a %s the server never answers ends the publish with "no answer", not a refusal; publishing again works', async (method, version) => {
  stall(method);
  const started = Date.now();
  const failure = await publishPack(configFor(proxy.url, TEAM, LEAD), dbName, pack(version), { timeoutMs: 800 }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(failure).toBeInstanceOf(SyncFailure);
  expect(failure).toMatchObject({ kind: 'offline', message: expect.stringMatching(/no answer from the server within 800 ms/) });

  proxy.intercept = null;
  const again = await publishPack(configFor(proxy.url, TEAM, LEAD), dbName, pack(version), { timeoutMs: 5_000 });
  expect(again).toMatchObject({ status: 'published' });
});
