import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { startSyncEngine } from '../../lib/sync/engine';
import { enqueueHandled } from '../../lib/sync/outbox';
import { couch } from '../../lib/sync/couch';
import { forgetSession, newSession } from '../../lib/sync/session';
import { startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, configFor, handled, markLocally, OPERATORS, waitFor } from '../sync-server/fixtures';

// A CouchDB session instead of the password on every request, against pouchdb-server: after one
// login the engine's requests carry the AuthSession cookie and no Authorization header; where the
// cookie cannot be had (a proxy that strips it), Basic auth still works.

let server: SyncServer;
let proxy: FlakyProxy;
let teamDb: string;
const TEAM = 'Session';
const [sato] = OPERATORS as [(typeof OPERATORS)[0]];

beforeAll(async () => {
  const started = await startTeamServer(TEAM, OPERATORS);
  server = started.server;
  teamDb = started.team;
  proxy = await startFlakyProxy(server.url, 0);
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

const onServer = (id: string) => fetch(`${server.url}/${teamDb}/${id}`, { headers: { Authorization: `Basic ${btoa('admin:admin-secret')}` } }).then((r) => r.status === 200);

describe('sync session', () => {
  test('the password goes once, in the login; every later request carries the session cookie instead', async () => {
    const a = clientDb('session');
    proxy.auth.splice(0);
    await markLocally(a, handled('9101', 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: configFor(proxy.url, TEAM, sato), pollTimeoutMs: 1_000 });
    try {
      await waitFor(() => onServer('handled%3A9101'));
      await engine.idle();
      const requests = proxy.auth.filter((r) => !r.path.startsWith('/_session'));
      expect(requests.length).toBeGreaterThan(2);
      expect(requests.filter((r) => r.authorization)).toEqual([]);
      expect(requests.every((r) => r.cookie)).toBe(true);
    } finally {
      engine.stop();
    }
  });

  test('no cookie to be had (stripped on the way): Basic auth, and sync still works', async () => {
    const a = clientDb('no-cookie');
    proxy.auth.splice(0);
    proxy.intercept = (req, res) => {
      if (!req.url?.startsWith('/_session') || req.method !== 'POST') return false;
      const up = request(`${server.url}${req.url}`, { method: 'POST', headers: req.headers }, (r) => {
        const { 'set-cookie': _dropped, ...headers } = r.headers;
        res.writeHead(r.statusCode ?? 502, headers);
        r.pipe(res);
      });
      req.pipe(up);
      return true;
    };
    await markLocally(a, handled('9102', 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: configFor(proxy.url, TEAM, sato), pollTimeoutMs: 1_000 });
    try {
      await waitFor(() => onServer('handled%3A9102'));
      const requests = proxy.auth.filter((r) => !r.path.startsWith('/_session'));
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => r.authorization && !r.cookie)).toBe(true);
    } finally {
      engine.stop();
      proxy.intercept = null;
    }
  });

  test('the server restarts and forgets the session: records are sent after a new login, none parked as "anonymous"', { timeout: 60_000 }, async () => {
    const a = clientDb('session-restart');
    await markLocally(a, handled('9103', 'sato'), enqueueHandled);
    const engine = startSyncEngine({ database: a, config: configFor(proxy.url, TEAM, sato), pollTimeoutMs: 1_000, backoffBaseMs: 100 });
    try {
      await waitFor(() => onServer('handled%3A9103'));
      await server.kill();
      await server.restart();
      await markLocally(a, handled('9104', 'sato'), enqueueHandled);
      await waitFor(() => onServer('handled%3A9104'), 30_000);
      expect((await a.outbox.toArray()).filter((e) => e.parked)).toEqual([]);
    } finally {
      engine.stop();
    }
  });

  test('a request sent with the session a restart made the server forget is sent again after a new login, even when another request dropped the session meanwhile', { timeout: 60_000 }, async () => {
    // Two loops of one engine after a restart: the push's write comes back "anonymous" and drops the
    // session while the pull's request, sent with the same old cookie, is still on its way. Its 401
    // is about the cookie, not the password: log in and send it again, never "not a member".
    const creds = { ...configFor(proxy.url, TEAM, sato), session: newSession() };
    expect((await couch(creds, teamDb)).status).toBe(200);
    await server.kill();
    await server.restart();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let caught = false;
    proxy.intercept = (req, res) => {
      if (caught || !req.url?.includes('_changes')) return false;
      caught = true;
      // Held here, then passed on to the server as it came (old cookie and all).
      void held.then(() => request(`${server.url}${req.url}`, { headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      }).end());
      return true;
    };
    try {
      const reply = couch(creds, `${teamDb}/_changes?limit=1`);
      await waitFor(async () => caught);
      forgetSession(creds);
      release();
      expect((await reply).status).toBe(200);
    } finally {
      proxy.intercept = null;
    }
  });

  test('the first push after a restart logs in again and is sent at once, not after a retry wait', { timeout: 60_000 }, async () => {
    const a = clientDb('session-restart-at-once');
    // A long retry delay: a push that counted the forgotten session as a failure would wait it out.
    const engine = startSyncEngine({ database: a, config: configFor(proxy.url, TEAM, sato), pollTimeoutMs: 1_000, backoffBaseMs: 20_000 });
    try {
      await engine.idle();
      await server.kill();
      await server.restart();
      await markLocally(a, handled('9105', 'sato'), enqueueHandled);
      const markedAt = Date.now();
      await waitFor(() => onServer('handled%3A9105'), 30_000);
      expect(Date.now() - markedAt).toBeLessThan(5_000);
      expect(engine.loops().push.failure).toBeNull();
    } finally {
      engine.stop();
    }
  });
});
