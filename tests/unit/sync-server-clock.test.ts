import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimLive, clockOffsetFromDate, serverNow } from '@/lib/sync/server-clock';
import { startSyncServer, type SyncServer } from '../sync-server/server';

// Readers judge claim expiry with the server's time, read from a reply's Date header.
describe('server clock offset', () => {
  const local = Date.parse('2026-03-01T09:00:00.000Z');

  it('a server three minutes ahead: +3 min (within the header’s one-second grain)', () => {
    const offset = clockOffsetFromDate('Sun, 01 Mar 2026 09:03:00 GMT', local - 100, local + 100)!;
    expect(Math.abs(offset - 180_000)).toBeLessThanOrEqual(500);
  });

  it('a server behind: negative', () => {
    expect(clockOffsetFromDate('Sun, 01 Mar 2026 08:58:00 GMT', local)!).toBeCloseTo(-120_000 + 500, -1);
  });

  it('no header, or garbage: null (unknown), and serverNow falls back to local time', () => {
    expect(clockOffsetFromDate(null, local)).toBeNull();
    expect(clockOffsetFromDate('yesterday-ish', local)).toBeNull();
    expect(clockOffsetFromDate('x'.repeat(1000), local)).toBeNull();
    expect(serverNow(null, local)).toBe(local);
  });

  it('a claim that looks expired on a slow laptop is still live on the server, and the reverse', () => {
    const expiresAt = local + 60_000; // one minute after the laptop's now
    expect(claimLive(expiresAt, -120_000, local)).toBe(true); // server 2 min behind: still far from expiry
    expect(claimLive(expiresAt, 120_000, local)).toBe(false); // server 2 min ahead: already expired
  });
});

describe('against a real server', () => {
  let server: SyncServer;
  beforeAll(async () => {
    server = await startSyncServer();
  });
  afterAll(() => server?.stop());

  it("pouchdb-server's Date header gives an offset near zero on the same machine", async () => {
    const sent = Date.now();
    const res = await fetch(server.url);
    const offset = clockOffsetFromDate(res.headers.get('date'), sent, Date.now());
    expect(offset).not.toBeNull();
    expect(Math.abs(offset!)).toBeLessThan(1_500);
  });
});
