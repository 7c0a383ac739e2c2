import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSyncEngine } from '../../lib/sync/engine';
import { enqueueHandled } from '../../lib/sync/outbox';
import { readStatus } from '../../lib/sync/status';
import { ADMIN, startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, configFor, handled, markLocally, OPERATORS, waitFor } from '../sync-server/fixtures';

// Faults: a killed server, a wrong password, a server answering 5xx. Real pouchdb-server throughout.

let server: SyncServer;
let teamDb: string;
const TEAM = 'Faults';
const [sato] = OPERATORS as [(typeof OPERATORS)[0]];
const adminAuth = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}` };

beforeAll(async () => {
  const started = await startTeamServer(TEAM, OPERATORS);
  server = started.server;
  teamDb = started.team;
});
afterAll(() => server?.stop());

async function serverDocIds(prefix: string): Promise<string[]> {
  const res = await fetch(`${server.url}/${teamDb}/_all_docs?startkey="${prefix}"&endkey="${prefix}\ufff0"`, { headers: adminAuth });
  const body = (await res.json()) as { rows: { id: string }[] };
  return body.rows.map((r) => r.id);
}

describe('sync faults', () => {
  test('server killed while 500 records are pushed, then restarted: all 500 arrive exactly once', { timeout: 90_000 }, async () => {
    const a = clientDb('a');
    const ids = Array.from({ length: 500 }, (_, i) => String(5_000_000 + i));
    for (const id of ids) await markLocally(a, handled(id, 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: configFor(server.url, TEAM, sato), batchSize: 20, backoffBaseMs: 100 });
    try {
      await waitFor(async () => (await serverDocIds('handled:5')).length >= 60, 20_000, 5);
      await server.kill();
      const arrivedBeforeKill = await a.handled.filter((h) => h.sync === 'synced').count();
      await waitFor(async () => (await readStatus(a)).state === 'offline');
      await server.restart();
      await waitFor(async () => (await a.outbox.count()) === 0, 30_000);
      const onServer = await serverDocIds('handled:5');
      expect(onServer).toHaveLength(500);
      expect(new Set(onServer)).toEqual(new Set(ids.map((id) => `handled:${id}`)));
      expect(await a.handled.filter((h) => h.sync === 'synced').count()).toBe(500);
      expect(arrivedBeforeKill).toBeLessThan(500);
    } finally {
      engine.stop();
    }
  });

  test('a wrong password: the status says why, retrying stops, the local log stays intact', async () => {
    const a = clientDb('a');
    const proxy = await startFlakyProxy(server.url, 0);
    await markLocally(a, handled('6001', 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: { ...configFor(proxy.url, TEAM, sato), password: 'not-the-password' }, backoffBaseMs: 50 });
    try {
      const status = await waitFor(async () => { const s = await readStatus(a); return s.state === 'refused' && s; });
      expect(status).toMatchObject({ state: 'refused', reason: 'auth', pending: 1 });
      expect(status.detail).toMatch(/password/);
      const seen = proxy.requests;
      await new Promise((r) => setTimeout(r, 1500));
      expect(proxy.requests).toBe(seen);
      expect(await a.handled.get(['6001', 'sato'])).toMatchObject({ sync: 'local', replyText: 'ご不便をおかけして申し訳ございません。' });
      expect(await a.outbox.count()).toBe(1);
    } finally {
      engine.stop();
      await proxy.close();
    }
  });

  test('503 answers are retried with backoff until the record is accepted', async () => {
    const a = clientDb('a');
    const proxy = await startFlakyProxy(server.url, 3, /_bulk_docs/);
    await markLocally(a, handled('6002', 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: configFor(proxy.url, TEAM, sato), backoffBaseMs: 50 });
    try {
      const failing = await waitFor(async () => { const s = await readStatus(a); return s.reason === 'server' && s; });
      expect(failing).toMatchObject({ state: 'refused', reason: 'server', pending: 1 });
      await waitFor(async () => (await a.outbox.count()) === 0);
      expect(proxy.failuresLeft).toBe(0);
      expect(await serverDocIds('handled:6002')).toEqual(['handled:6002']);
      await waitFor(async () => (await readStatus(a)).state === 'up-to-date');
    } finally {
      engine.stop();
      await proxy.close();
    }
  });
});
