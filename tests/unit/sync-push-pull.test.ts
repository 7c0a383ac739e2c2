import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enqueueHandled, enqueueHandledUndo } from '../../lib/sync/outbox';
import { pushHandled } from '../../lib/sync/push-handled';
import { pull } from '../../lib/sync/pull';
import { readErrors } from '../../lib/sync/status';
import { toHandledDoc } from '../../lib/contract/records';
import { ADMIN, startTeamServer, type SyncServer } from '../sync-server/server';
import { clientDb, configFor, handled, markLocally, OPERATORS } from '../sync-server/fixtures';

// Push and pull against a real pouchdb-server started by this file.

let server: SyncServer;
let teamDb: string;
const [sato, suzuki] = OPERATORS as [(typeof OPERATORS)[0], (typeof OPERATORS)[0]];

beforeAll(async () => {
  const started = await startTeamServer('Push Pull', OPERATORS);
  server = started.server;
  teamDb = started.team;
});
afterAll(() => server?.stop());

const cfg = (who: typeof sato) => configFor(server.url, 'Push Pull', who);

describe('push and pull of handled records', () => {
  test("a teammate's handled post arrives as a remote record and the own one is marked synced", async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    await markLocally(a, handled('1001', 'sato'), enqueueHandled);
    expect(await pushHandled(cfg(sato), teamDb, a)).toBe(1);
    expect((await a.handled.get(['1001', 'sato']))?.sync).toBe('synced');
    expect(await a.outbox.count()).toBe(0);

    const changed = await pull('handled', cfg(suzuki), teamDb, b);
    expect(changed).toContain('1001');
    const got = await b.handled.get(['1001', 'sato']);
    expect(got).toMatchObject({ operator: 'sato', sync: 'remote', replyText: 'ご不便をおかけして申し訳ございません。' });
  });

  test('pull resumes from its checkpoint: the second pull brings only what is new', async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    await pull('handled', cfg(suzuki), teamDb, b);
    await markLocally(a, handled('1002', 'sato'), enqueueHandled);
    await pushHandled(cfg(sato), teamDb, a);
    expect(await pull('handled', cfg(suzuki), teamDb, b)).toEqual(['1002']);
    expect(await pull('handled', cfg(suzuki), teamDb, b)).toEqual([]);
  });

  test('409: a teammate was first → their record is shown and ours is kept too', async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    await markLocally(a, handled('1003', 'sato'), enqueueHandled);
    await markLocally(b, handled('1003', 'suzuki', { action: 'liked' }), enqueueHandled);
    await pushHandled(cfg(sato), teamDb, a);
    await pushHandled(cfg(suzuki), teamDb, b);
    // B learned at push time who was first, without waiting for a pull.
    expect((await b.handled.where({ postId: '1003' }).toArray()).map((h) => `${h.operator}:${h.sync}`).sort()).toEqual(['sato:remote', 'suzuki:synced']);
    await pull('handled', cfg(sato), teamDb, a);
    expect((await a.handled.where({ postId: '1003' }).toArray()).map((h) => `${h.operator}:${h.sync}`).sort()).toEqual(['sato:synced', 'suzuki:remote']);
  });

  test('both handled offline: after reconnecting both operators are shown on both sides', async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    for (const id of ['2001', '2002', '2003']) {
      await markLocally(a, handled(id, 'sato'), enqueueHandled);
      await markLocally(b, handled(id, 'suzuki'), enqueueHandled);
    }
    await Promise.all([pushHandled(cfg(sato), teamDb, a), pushHandled(cfg(suzuki), teamDb, b)]);
    await pull('handled', cfg(sato), teamDb, a);
    await pull('handled', cfg(suzuki), teamDb, b);
    for (const side of [a, b]) {
      for (const id of ['2001', '2002', '2003']) {
        expect((await side.handled.where({ postId: id }).toArray()).map((h) => h.operator).sort()).toEqual(['sato', 'suzuki']);
      }
    }
  });

  test('a resend after a lost reply (the server has it already) counts once, as accepted', async () => {
    const a = clientDb('a');
    await markLocally(a, handled('1004', 'sato'), enqueueHandled);
    await pushHandled(cfg(sato), teamDb, a);
    await enqueueHandled(handled('1004', 'sato'), a);
    expect(await pushHandled(cfg(sato), teamDb, a)).toBe(1);
    expect(await a.outbox.count()).toBe(0);
    const b = clientDb('b');
    await pull('handled', cfg(suzuki), teamDb, b);
    expect(await b.handled.where({ postId: '1004' }).count()).toBe(1);
  });

  test('undo of a pushed record removes it on the teammate side', async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    await markLocally(a, handled('3001', 'sato'), enqueueHandled);
    await pushHandled(cfg(sato), teamDb, a);
    await pull('handled', cfg(suzuki), teamDb, b);
    expect(await b.handled.get(['3001', 'sato'])).toBeDefined();
    await a.handled.delete(['3001', 'sato']);
    await enqueueHandledUndo('3001', 'sato', a);
    await pushHandled(cfg(sato), teamDb, a);
    await pull('handled', cfg(suzuki), teamDb, b);
    expect(await b.handled.get(['3001', 'sato'])).toBeUndefined();
  });

  test('undo before the push: nothing reaches the server', async () => {
    const a = clientDb('a');
    await markLocally(a, handled('3002', 'sato'), enqueueHandled);
    await enqueueHandledUndo('3002', 'sato', a);
    expect(await a.outbox.count()).toBe(0);
  });

  test('a revision conflict on the server (e.g. two cluster nodes): every live leaf is shown', async () => {
    // pouchdb-server drops new_edits=false writes where a validate_doc_update exists, so this uses a
    // database without one, read as the admin.
    const admin = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
    await fetch(`${server.url}/replicated`, { method: 'PUT', headers: admin });
    const leaf = (operator: string, rev: string) => ({ ...toHandledDoc(handled('4500', operator)), _rev: rev });
    const res = await fetch(`${server.url}/replicated/_bulk_docs`, {
      method: 'POST', headers: admin,
      body: JSON.stringify({ new_edits: false, docs: [leaf('sato', '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), leaf('suzuki', '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')] }),
    });
    expect(res.status).toBe(201);
    const b = clientDb('b');
    await pull('handled', { url: server.url, user: ADMIN.user, password: ADMIN.password }, 'replicated', b);
    expect((await b.handled.where({ postId: '4500' }).toArray()).map((h) => h.operator).sort()).toEqual(['sato', 'suzuki']);
  });

  test('a malformed server document is skipped and reported, never stored', async () => {
    const b = clientDb('b');
    const admin = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
    const bad = [
      { _id: 'handled:4001', type: 'handled', postId: '4001', operator: 'sato', action: 'hacked' },
      { ...handled('4002', 'sato'), _id: 'handled:4002', type: 'handled', url: 'javascript:alert(1)' },
      { ...handled('4003', 'sato'), _id: 'handled:9999', type: 'handled' },
    ].map(({ sync: _s, ...d }: Record<string, unknown>) => d);
    const good = { ...handled('4004', 'sato'), _id: 'handled:4004', type: 'handled', sync: undefined };
    const res = await fetch(`${server.url}/${teamDb}/_bulk_docs`, { method: 'POST', headers: admin, body: JSON.stringify({ docs: [...bad, good] }) });
    expect(res.status).toBe(201);

    await pull('handled', cfg(suzuki), teamDb, b);
    expect(await b.handled.where('postId').anyOf('4001', '4002', '4003', '9999').count()).toBe(0);
    expect(await b.handled.get(['4004', 'sato'])).toBeDefined();
    const errors = await readErrors(b);
    expect(errors.map((e) => e.docId).sort()).toEqual(['handled:4001', 'handled:4002', 'handled:9999']);
    expect(errors.find((e) => e.docId === 'handled:4001')?.problem).toMatch(/url|action|authorHandle/);
  });
});
