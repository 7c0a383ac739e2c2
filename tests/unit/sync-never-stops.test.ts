import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startSyncEngine, type SyncEngine } from '../../lib/sync/engine';
import { enqueueHandled, enqueueHandledUndo } from '../../lib/sync/outbox';
import { readStatus } from '../../lib/sync/status';
import { toHandledDoc } from '../../lib/contract/records';
import type { KizukiDatabase } from '../../lib/db/database';
import { ADMIN, startTeamServer, type SyncServer } from '../sync-server/server';
import { startFlakyProxy, type FlakyProxy } from '../sync-server/flaky-proxy';
import { clientDb, configFor, handled, markLocally, OPERATORS, waitFor } from '../sync-server/fixtures';

// "Sync never stops for good, and never lies", against a real pouchdb-server behind the fault proxy:
// a refused record is parked and the rest goes on; a captive portal, a cut-off long poll, an
// `open_revs` of [null], an oversized reply or an exception in our own code are retried; the status
// shows the worst loop; "retry now" (revive) wakes a refused loop.

let server: SyncServer;
let teamDb: string;
let proxy: FlakyProxy;
const TEAM = 'Never Stops';
const [sato, suzuki] = OPERATORS as [(typeof OPERATORS)[0], (typeof OPERATORS)[0]];
const admin = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
const engines: SyncEngine[] = [];

beforeAll(async () => {
  const started = await startTeamServer(TEAM, OPERATORS);
  server = started.server;
  teamDb = started.team;
  proxy = await startFlakyProxy(server.url, 0);
});
// Each test's engines end with it: a leftover long poll would meet the next test's fault.
afterEach(() => {
  for (const e of engines.splice(0)) e.stop();
  proxy.intercept = null;
});
afterAll(async () => {
  await proxy?.close();
  await server?.stop();
});

function engine(database: KizukiDatabase, who = sato, extra: Partial<Parameters<typeof startSyncEngine>[0]> = {}): SyncEngine {
  const e = startSyncEngine({ database, config: configFor(proxy.url, TEAM, who), backoffBaseMs: 50, pollTimeoutMs: 2_000, ...extra });
  engines.push(e);
  return e;
}

async function onServer(id: string): Promise<Record<string, unknown> | null> {
  const res = await fetch(`${server.url}/${teamDb}/${encodeURIComponent(id)}`, { headers: admin });
  return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null;
}

const until = (probe: () => Promise<unknown>, ms = 15_000) => waitFor(async () => (await probe()) || undefined, ms);

describe('a refused record is parked, the rest goes on', () => {
  test('a record in another name than the sync user: parked with the reason, shown, later records sent', async () => {
    const a = clientDb('park-name');
    await markLocally(a, handled('7001', 'tanaka'), enqueueHandled);
    await markLocally(a, handled('7002', 'sato'), enqueueHandled);
    engine(a);
    await until(() => onServer('handled:7002'));
    const status = await waitFor(async () => { const s = await readStatus(a); return s.refused && s; });
    expect(status.refused).toMatchObject({ count: 1 });
    expect(status.refused!.reason).toMatch(/handled:7001.*own name/);
    expect(status.state).toBe('up-to-date');
    expect(status.pending).toBe(0);
    // Nothing lost: the refused record is still on this machine, kept with its reason.
    expect(await a.handled.get(['7001', 'tanaka'])).toMatchObject({ sync: 'local' });
    expect((await a.outbox.toArray()).map((e) => e.docId)).toEqual(['handled:7001']);
  });

  test("a teammate's crafted handled:<id>:<name> in our name's place: ours is parked, the next ones go on", async () => {
    // suzuki was first on 7101; a crafted second record under sato's id, written in suzuki's name
    // (an older server without the rules let it in), blocks sato's second record for good.
    const docs = [toHandledDoc(handled('7101', 'suzuki')), { ...toHandledDoc(handled('7101', 'suzuki')), _id: 'handled:7101:sato' }];
    expect((await fetch(`${server.url}/${teamDb}/_bulk_docs`, { method: 'POST', headers: admin, body: JSON.stringify({ docs }) })).status).toBe(201);
    const a = clientDb('park-crafted');
    await markLocally(a, handled('7101', 'sato'), enqueueHandled);
    await markLocally(a, handled('7102', 'sato'), enqueueHandled);
    engine(a);
    await until(() => onServer('handled:7102'));
    const status = await waitFor(async () => { const s = await readStatus(a); return s.refused && s; });
    expect(status.refused!.reason).toMatch(/7101/);
    expect(await a.handled.get(['7102', 'sato'])).toMatchObject({ sync: 'synced' });
  });
});

describe('failures that heal are retried, whatever they look like', () => {
  test('an HTML page answering _changes (a captive portal) is retried, then the pull catches up', async () => {
    let portal = 3;
    proxy.intercept = (req, res) => {
      if (!req.url?.includes(`${encodeURIComponent(teamDb)}/_changes`) && !req.url?.includes(`${teamDb}/_changes`)) return false;
      if (portal-- <= 0) return false;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body>Sign in to Hotel Wi-Fi</body></html>');
      return true;
    };
    try {
      const b = clientDb('portal');
      const a = clientDb('portal-a');
      await markLocally(a, handled('7201', 'sato'), enqueueHandled);
      engine(a);
      engine(b, suzuki);
      await until(() => b.handled.get(['7201', 'sato']));
      expect(portal).toBeLessThan(0);
    } finally {
      proxy.intercept = null;
    }
  });

  test("a long poll's 200 body cut off by a killed connection is retried (not read as empty)", async () => {
    const b = clientDb('cut');
    const eb = engine(b, suzuki);
    await eb.idle();
    let cut = 1;
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('feed=longpoll') || !req.url.includes(teamDb) || req.url.includes('_claims') || cut-- <= 0) return false;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"results":[{"seq":');
      setTimeout(() => res.destroy(), 50);
      return true;
    };
    try {
      // Let the cut long poll happen, then a teammate's record must still arrive.
      await waitFor(async () => cut < 0);
      const a = clientDb('cut-a');
      await markLocally(a, handled('7301', 'sato'), enqueueHandled);
      engine(a);
      await until(() => b.handled.get(['7301', 'sato']));
      expect(eb.loops().handled.running).toBe(true);
    } finally {
      proxy.intercept = null;
    }
  });

  test('an oversized reply is refused and retried', { timeout: 60_000 }, async () => {
    // Every pull of the team database gets the oversized reply until this engine has shown it: a
    // request from any other client (say, a stopped engine still winding down) must not use it up first.
    let huge = true;
    proxy.intercept = (req, res) => {
      if (!req.url?.includes(`${teamDb}/_changes`) || req.url.includes('_claims') || !huge) return false;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = 'x'.repeat(1024 * 1024);
      res.write('{"results":[],"padding":"');
      for (let i = 0; i < 40; i++) res.write(chunk);
      res.end('"}');
      return true;
    };
    try {
      const b = clientDb('huge-b');
      // A slow first retry, so the failure stays long enough to be read.
      // (Our own poll timeout must not cut the 32 MB read short: it would count as "nothing new".)
      const eb = engine(b, suzuki, { backoffBaseMs: 2_000, pollTimeoutMs: 30_000 });
      // Seen as what it is (not parsed), then retried until the record arrives.
      await waitFor(async () => /too large/.test(eb.loops().handled.failure?.message ?? ''), 30_000);
      huge = false;
      const a = clientDb('huge-a');
      await markLocally(a, handled('7401', 'sato'), enqueueHandled);
      engine(a);
      await until(() => b.handled.get(['7401', 'sato']));
    } finally {
      proxy.intercept = null;
    }
  });

  test("an open_revs answer of [null] does not stop the pull", async () => {
    // Two leaves of one document (as two cluster nodes make), in a database without rules.
    await fetch(`${server.url}/team_never_stops_leaves`, { method: 'PUT', headers: admin });
    const leaf = (operator: string, rev: string) => ({ ...toHandledDoc(handled('7501', operator)), _rev: rev });
    await fetch(`${server.url}/team_never_stops_leaves/_bulk_docs`, {
      method: 'POST', headers: admin,
      body: JSON.stringify({ new_edits: false, docs: [leaf('sato', '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), leaf('suzuki', '1-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')] }),
    });
    await fetch(`${server.url}/team_never_stops_leaves/handled:7502`, { method: 'PUT', headers: admin, body: JSON.stringify(toHandledDoc(handled('7502', 'sato'))) });
    let nulls = 0;
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('open_revs')) return false;
      nulls++;
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('[null]');
      return true;
    };
    try {
      const b = clientDb('null-leaves');
      const { pull } = await import('../../lib/sync/pull');
      await pull('handled', { url: proxy.url, user: ADMIN.user, password: ADMIN.password }, 'team_never_stops_leaves', b);
      expect(nulls).toBeGreaterThan(0);
      // The winning revision and the document after it arrived; the unreadable leaf is skipped.
      expect((await b.handled.where({ postId: '7501' }).count())).toBeGreaterThanOrEqual(1);
      expect(await b.handled.get(['7502', 'sato'])).toBeTruthy();
    } finally {
      proxy.intercept = null;
    }
  });

  test('an unexpected exception in our own code (a quota error) is retried, not the end of the loop', async () => {
    const b = clientDb('quota');
    const realBulkPut = b.handled.bulkPut.bind(b.handled);
    let quota = 2;
    b.handled.bulkPut = ((...args: Parameters<typeof realBulkPut>) => {
      if (quota-- > 0) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realBulkPut(...args);
    }) as typeof b.handled.bulkPut;
    const a = clientDb('quota-a');
    await markLocally(a, handled('7601', 'sato'), enqueueHandled);
    engine(a);
    engine(b, suzuki);
    await until(() => b.handled.get(['7601', 'sato']));
    expect(quota).toBeLessThan(0);
  });
});

describe('the status shows the worst loop', () => {
  test('pull failing while push succeeds: never "up to date"', async () => {
    const a = clientDb('worst');
    proxy.intercept = (req, res) => {
      if (!req.url?.includes('_changes')) return false;
      req.resume();
      res.writeHead(502).end();
      return true;
    };
    try {
      const e = engine(a);
      await markLocally(a, handled('7701', 'sato'), enqueueHandled);
      await until(() => onServer('handled:7701'));
      await waitFor(async () => (await a.outbox.count()) === 0);
      await new Promise((r) => setTimeout(r, 300));
      const s = await readStatus(a);
      expect(s.state).not.toBe('up-to-date');
      expect(s.detail).toMatch(/^(handled|claims):/);
      expect(s.retryAt).toBeGreaterThan(0);
      expect(e.loops().push.failure).toBeNull();
    } finally {
      proxy.intercept = null;
    }
    await waitFor(async () => (await readStatus(a)).state === 'up-to-date', 20_000);
  });

  test('a refused loop waits; revive ("retry now", the alarm) makes it try again', async () => {
    const a = clientDb('revive');
    let refuse = true;
    proxy.intercept = (req, res) => {
      if (!refuse || !req.url?.includes('_changes')) return false;
      req.resume();
      res.writeHead(403, { 'Content-Type': 'application/json' }).end('{"error":"forbidden","reason":"not today"}');
      return true;
    };
    try {
      const e = engine(a);
      await waitFor(async () => (await readStatus(a)).state === 'refused');
      refuse = false;
      await new Promise((r) => setTimeout(r, 500));
      expect((await readStatus(a)).state).toBe('refused');
      e.revive();
      await waitFor(async () => (await readStatus(a)).state === 'up-to-date');
    } finally {
      proxy.intercept = null;
    }
  });
});

describe('the end of an outage is noticed within seconds', () => {
  test('records marked while the server was down reach a teammate soon after it is back, however many woke the push', { timeout: 60_000 }, async () => {
    // The load benchmark's fault run: every new record wakes the push, each try fails while the
    // server is down, and a retry delay that doubled with every try sat out a minute after a 3 s
    // outage, long after the last record was marked.
    const a = clientDb('outage-a');
    const b = clientDb('outage-b');
    const ea = engine(a, sato, { backoffBaseMs: 250 });
    const eb = engine(b, suzuki, { backoffBaseMs: 250 });
    await Promise.all([ea.idle(), eb.idle()]);
    const ids = Array.from({ length: 20 }, (_, i) => String(7900 + i));
    proxy.failUntil = Date.now() + 3_000;
    for (const id of ids) {
      await markLocally(a, handled(id, 'sato'), enqueueHandled);
      await new Promise((r) => setTimeout(r, 100));
    }
    const backAt = proxy.failUntil;
    await waitFor(async () => Date.now() > backAt);
    const all = await waitFor(async () => (await Promise.all(ids.map((id) => b.handled.get([id, 'sato'])))).every(Boolean) && Date.now(), 20_000);
    expect(all - backAt).toBeLessThan(6_000);
    await waitFor(async () => (await readStatus(a)).state === 'up-to-date', 3_000);
  });
});

describe('undo while the push is in flight', () => {
  test('the server does not keep a record undone while it was on its way', async () => {
    const a = clientDb('inflight');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let caught = false;
    proxy.intercept = (req) => {
      if (caught || !req.url?.includes(`${teamDb}/_bulk_docs`)) return false;
      caught = true;
      // Hold the request until the undo happened, then let it through.
      req.pause();
      void held.then(() => req.resume());
      return false;
    };
    try {
      const e = engine(a);
      await e.idle();
      await markLocally(a, handled('7801', 'sato'), enqueueHandled);
      await waitFor(async () => caught);
      await a.handled.delete(['7801', 'sato']);
      await enqueueHandledUndo('7801', 'sato', a);
      // The undo knows the record is on its way: a deletion waits behind it (pending, not "up to date").
      expect((await a.outbox.toArray()).map((e) => e.doc._deleted === true)).toEqual([true]);
      release();
      await waitFor(async () => (await a.outbox.count()) === 0);
      await waitFor(async () => (await onServer('handled:7801')) === null);
    } finally {
      proxy.intercept = null;
    }
  });
});
