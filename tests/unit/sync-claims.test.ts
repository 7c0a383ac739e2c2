import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLAIM_TTL_MS, releaseClaim, takeClaim } from '../../lib/sync/claims';
import { pull } from '../../lib/sync/pull';
import { startTeamServer, type SyncServer } from '../sync-server/server';
import { clientDb, configFor, OPERATORS } from '../sync-server/fixtures';

// Claims ("Sato is replying") against a real pouchdb-server: the server's 409 settles races.

let server: SyncServer;
let claimsDb: string;
const TEAM = 'Claims';
const [sato, suzuki] = OPERATORS as [(typeof OPERATORS)[0], (typeof OPERATORS)[0]];

beforeAll(async () => {
  const started = await startTeamServer(TEAM, OPERATORS);
  server = started.server;
  claimsDb = started.claims;
});
afterAll(() => server?.stop());

const cfg = (who: typeof sato) => configFor(server.url, TEAM, who);
// The id the server checks, and the name teammates read beside it.
const satoOp = { id: 'sato', name: '佐藤' };
const suzukiOp = { id: 'suzuki', name: '鈴木' };

describe('claims', () => {
  test('two operators claim the same post at once: exactly one holds it, the other is told who', async () => {
    for (const postId of ['7001', '7002', '7003', '7004', '7005']) {
      const [a, b] = await Promise.all([
        takeClaim(cfg(sato), claimsDb, clientDb('a'), postId, satoOp),
        takeClaim(cfg(suzuki), claimsDb, clientDb('b'), postId, suzukiOp),
      ]);
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      const loser = a.ok ? b : a;
      expect(loser).toMatchObject({ ok: false, heldBy: { operator: a.ok ? 'sato' : 'suzuki', operatorName: a.ok ? '佐藤' : '鈴木' } });
    }
  });

  test("a teammate's claim reaches the other side's db.claims by pull, and its release removes it", async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    await pull('claims', cfg(suzuki), claimsDb, b);
    expect((await takeClaim(cfg(sato), claimsDb, a, '7100', satoOp)).ok).toBe(true);
    await pull('claims', cfg(suzuki), claimsDb, b);
    expect(await b.claims.get('7100')).toMatchObject({ operator: 'sato', operatorName: '佐藤' });
    await releaseClaim(cfg(sato), claimsDb, a, '7100', 'sato');
    await pull('claims', cfg(suzuki), claimsDb, b);
    expect(await b.claims.get('7100')).toBeUndefined();
    // Released: now suzuki can take it.
    expect((await takeClaim(cfg(suzuki), claimsDb, b, '7100', suzukiOp)).ok).toBe(true);
  });

  test('an expired claim can be taken over; an unexpired one cannot', async () => {
    const now = Date.now();
    expect((await takeClaim(cfg(sato), claimsDb, clientDb('a'), '7200', satoOp, now - CLAIM_TTL_MS - 1000)).ok).toBe(true);
    expect((await takeClaim(cfg(suzuki), claimsDb, clientDb('b'), '7200', suzukiOp, now)).ok).toBe(true);
    expect(await takeClaim(cfg(sato), claimsDb, clientDb('a'), '7200', satoOp, now)).toMatchObject({ ok: false, heldBy: { operator: 'suzuki', operatorName: '鈴木' } });
  });

  test("nobody can release a teammate's claim", async () => {
    await takeClaim(cfg(sato), claimsDb, clientDb('a'), '7300', satoOp);
    await releaseClaim(cfg(suzuki), claimsDb, clientDb('b'), '7300', 'suzuki');
    expect(await takeClaim(cfg(suzuki), claimsDb, clientDb('b'), '7300', suzukiOp)).toMatchObject({ ok: false, heldBy: { operator: 'sato', operatorName: '佐藤' } });
  });
});
