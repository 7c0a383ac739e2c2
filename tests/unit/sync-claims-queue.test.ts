import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimPost, releasePost, pushClaims } from '../../lib/sync/claims';
import { getPostStates } from '../../lib/handled/post-states';
import { serverClock } from '../../lib/db/kv-items';
import { startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, configFor, OPERATORS } from '../sync-server/fixtures';

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
