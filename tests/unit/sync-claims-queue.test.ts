import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request } from 'node:http';
import { claimPost, releasePost, pushClaims } from '../../lib/sync/claims';
import { getPostStates } from '../../lib/handled/post-states';
import { serverClock } from '../../lib/db/kv-items';
import { startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, configFor, OPERATORS, waitFor } from '../sync-server/fixtures';

// Claims taken while the server cannot be reached are queued; a release must never be overtaken by
// its own queued claim (a handled post would show "replying" for two minutes). Expiry is judged by
// the server's clock, learned from its Date header.

let server: SyncServer;
let proxy: FlakyProxy;
let claimsDb: string;
const TEAM = 'Claims Queue';
const [sato] = OPERATORS as [(typeof OPERATORS)[0]];
const satoOp = { id: 'sato', name: '佐藤' };
const admin = { Authorization: `Basic ${btoa('admin:admin-secret')}` };

beforeAll(async () => {
  const started = await startTeamServer(TEAM, OPERATORS);
  server = started.server;
  claimsDb = started.claims;
  proxy = await startFlakyProxy(server.url, 0);
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

const claimOnServer = async (postId: string) => {
  const res = await fetch(`${server.url}/${claimsDb}/claim:${postId}`, { headers: admin });
  return res.status === 200 ? ((await res.json()) as { operator: string; expiresAt: number }) : null;
};

describe('claims during an outage', () => {
  test('a claim taken offline is queued and sent when the server is back', async () => {
    const a = clientDb('claim-offline');
    const cfg = configFor(proxy.url, TEAM, sato);
    proxy.failUntil = Date.now() + 60_000;
    expect(await claimPost(a, cfg, satoOp, '8101')).toMatchObject({ ok: true });
    expect((await a.outbox.toArray()).map((e) => e.docId)).toEqual(['claim:8101']);
    proxy.failUntil = 0;
    await pushClaims(cfg, claimsDb, a);
    expect(await claimOnServer('8101')).toMatchObject({ operator: 'sato' });
  });

  test('released after the server is back (online): the claim queued during the outage is never sent', async () => {
    const a = clientDb('claim-release');
    const cfg = configFor(proxy.url, TEAM, sato);
    proxy.failUntil = Date.now() + 60_000;
    await claimPost(a, cfg, satoOp, '8201');
    proxy.failUntil = 0;
    // The post is handled and the release reaches the server directly, before the push loop ran.
    await releasePost(a, cfg, satoOp, '8201');
    await pushClaims(cfg, claimsDb, a);
    expect(await claimOnServer('8201')).toBeNull();
    expect(await a.outbox.count()).toBe(0);
  });

  test('released offline: the release replaces the queued claim', async () => {
    const a = clientDb('claim-release-offline');
    const cfg = configFor(proxy.url, TEAM, sato);
    proxy.failUntil = Date.now() + 60_000;
    await claimPost(a, cfg, satoOp, '8301');
    await releasePost(a, cfg, satoOp, '8301');
    proxy.failUntil = 0;
    await pushClaims(cfg, claimsDb, a);
    expect(await claimOnServer('8301')).toBeNull();
  });
});

describe("claims expire by the server's clock", () => {
  test('a queued release whose sending fails stays queued: the claim does not stay "replying" on the handled post', async () => {
    const a = clientDb('claim-release-retry');
    const cfg = configFor(proxy.url, TEAM, sato);
    expect(await claimPost(a, cfg, satoOp, '8401')).toMatchObject({ ok: true });
    proxy.failUntil = Date.now() + 60_000;
    await releasePost(a, cfg, satoOp, '8401');
    // The push tries while the server is still down: the release must survive its own failed send.
    await expect(pushClaims(cfg, claimsDb, a)).rejects.toThrow();
    proxy.failUntil = 0;
    await pushClaims(cfg, claimsDb, a);
    expect(await claimOnServer('8401')).toBeNull();
    expect(await a.outbox.count()).toBe(0);
  });

  test('released while its queued claim was on its way, and the server gone before the undo: the undo is queued, not lost', async () => {
    const a = clientDb('claim-take-inflight');
    const cfg = configFor(proxy.url, TEAM, sato);
    proxy.failUntil = Date.now() + 60_000;
    await claimPost(a, cfg, satoOp, '8501');
    proxy.failUntil = 0;
    // Hold the queued claim's PUT; meanwhile the post is handled and released (online, before the
    // claim has landed); then the server goes away again just as the held claim lands.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let caught = false;
    proxy.intercept = (req, res) => {
      if (caught || req.method !== 'PUT' || !req.url?.includes('claim%3A8501')) return false;
      caught = true;
      const body: Buffer[] = [];
      req.on('data', (c: Buffer) => body.push(c));
      void held.then(() => {
        const up = request(`${server.url}${req.url}`, { method: 'PUT', headers: req.headers }, (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        });
        up.end(Buffer.concat(body));
      });
      return true;
    };
    try {
      const pushing = pushClaims(cfg, claimsDb, a).catch(() => 'failed');
      await waitFor(async () => caught);
      await releasePost(a, cfg, satoOp, '8501');
      proxy.failUntil = Date.now() + 60_000;
      release();
      expect(await pushing).toBe('failed');
    } finally {
      proxy.intercept = null;
      proxy.failUntil = 0;
    }
    expect(await claimOnServer('8501')).toMatchObject({ operator: 'sato' });
    await pushClaims(cfg, claimsDb, a);
    expect(await claimOnServer('8501')).toBeNull();
    expect(await a.outbox.count()).toBe(0);
  });

  test('taking a claim learns the server clock; readers judge expiry with it, not the local clock', async () => {
    const a = clientDb('clock');
    const cfg = configFor(proxy.url, TEAM, sato);
    await claimPost(a, cfg, satoOp, '8401');
    // Same machine: the offset learned from the Date header is about zero (whole seconds).
    expect(Math.abs(await serverClock.get(a))).toBeLessThan(1_500);
    const claim = { postId: '8402', operator: 'suzuki', operatorName: '鈴木', expiresAt: Date.now() + 60_000 };
    await a.claims.put(claim);
    const local = Date.now();
    expect((await getPostStates(a, ['8402'], local))['8402']?.claim).toMatchObject({ operator: 'suzuki' });
    // This laptop's clock runs 5 minutes behind the server: by the server's time the claim is over.
    await serverClock.set(5 * 60_000, a);
    expect((await getPostStates(a, ['8402'], local))['8402']).toBeUndefined();
    // …and 5 minutes ahead: still live, shown with its expiry in local time.
    await serverClock.set(-5 * 60_000, a);
    expect((await getPostStates(a, ['8402'], local + 3 * 60_000))['8402']?.claim?.expiresAt).toBe(claim.expiresAt + 5 * 60_000);
  });
});
