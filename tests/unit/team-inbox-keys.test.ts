import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import { declareMigrations } from '@/lib/db/migrations';
import type { SightingRow } from '@/lib/db/records';
import { purgeOlderThan, deleteAllData } from '@/lib/handled/retention';
import { undoHandled } from '@/lib/handled/undo';
import { loadInbox, loadInboxFullScan } from '@/lib/team/load-inbox';
import { recordSightings } from '@/lib/team/team-store';

// The inbox reads only open posts from its indexes, so whether a post is handled must follow every
// way a handled record comes and goes: marked here or pulled, undone, purged by retention, all data
// deleted, or a sighting arriving after the post was already handled. After each step the inbox must
// show exactly what merging every sighting with every handled record shows.

const NOW = Date.UTC(2026, 5, 4, 3, 0);
const H = 3_600_000;
let open: KizukiDatabase[] = [];
afterEach(async () => {
  for (const d of open) await d.delete();
  open = [];
});

const sighting = (i: number, priority = 50): SightingRow => ({
  postId: `19600000000000000${String(i).padStart(2, '0')}`, operator: 'sato', seenAt: NOW - i * H, url: `https://x.com/c/status/${i}`, authorHandle: 'c', displayName: 'C',
  text: `post ${i}`, lang: 'ja', publishedAt: NOW - i * H - 60_000, category: 'complaint', priority, brands: ['midori'], deadline: Infinity, sync: 'remote',
});
const record = (postId: string, operator: string, handledAt = NOW - H) =>
  ({ postId, operator, operatorName: operator, url: 'https://x.com/c/status/1', authorHandle: 'c', category: 'complaint', priority: 50, brands: [], action: 'replied', handledAt, publishedAt: null, text: '', terms: [], sync: 'synced' }) as never;

async function shown(db: KizukiDatabase): Promise<string[]> {
  const [fast, full] = [await loadInbox(db, NOW, 50), await loadInboxFullScan(db, NOW, 50)];
  expect(fast).toEqual(full);
  expect(fast.total).toBe(fast.rows.length);
  return fast.rows.map((r) => r.postId).sort();
}

describe('a post leaves and comes back to the inbox with its handled records, however they are written', () => {
  test('marked, undone by one of two operators, undone by the last, purged, and everything deleted', async () => {
    const db = new KizukiDatabase(`inbox-keys-${Math.random()}`);
    open.push(db);
    const rows = [1, 2, 3, 4].map((i) => sighting(i));
    const [a, b, c, d] = rows.map((r) => r.postId) as [string, string, string, string];
    await db.sightings.bulkAdd(rows);
    expect(await shown(db)).toEqual([a, b, c, d]);

    // Marked by two operators (one in a transaction on the handled table alone, as marking does).
    await db.transaction('rw', db.handled, () => db.handled.add(record(a, 'sato', NOW - 1_000)));
    await db.handled.bulkPut([record(a, 'suzuki', NOW - 1_000), record(b, 'sato', NOW - 40 * 24 * H)]);
    expect(await shown(db)).toEqual([c, d]);

    // One operator's undo leaves the teammate's record: still handled.
    expect(await undoHandled(db, a, 'sato', NOW, async () => {})).toEqual({ ok: true });
    expect(await shown(db)).toEqual([c, d]);
    // The last record goes: the post waits again.
    await db.handled.delete([a, 'suzuki']);
    expect(await shown(db)).toEqual([a, c, d]);

    // Retention deletes the old record by a range of handling times: b waits again.
    expect(await purgeOlderThan(db, 30, NOW)).toBe(1);
    expect(await shown(db)).toEqual([a, b, c, d]);

    await db.handled.add(record(c, 'sato'));
    await deleteAllData(db);
    expect(await shown(db)).toEqual([]);
  });

  test('a sighting stored after its post was handled (a pull, a late tab) stays out, whatever the writer said', async () => {
    const db = new KizukiDatabase(`inbox-keys-late-${Math.random()}`);
    open.push(db);
    const [early, late] = [sighting(1, 80), sighting(2, 20)];
    await db.handled.add(record(early.postId, 'suzuki'));
    await db.sightings.bulkPut([{ ...early, open: 1 }, late]);
    expect(await shown(db)).toEqual([late.postId]);

    // A tab reports a brand post the team already handled: recorded as a sighting, not shown.
    const posts = [{ ...early, postId: '1960000000000000099', matches: [] }];
    await db.handled.add(record('1960000000000000099', 'sato'));
    await recordSightings(db, posts as never, 'sato', null, NOW);
    expect(await db.sightings.count()).toBe(3);
    expect(await shown(db)).toEqual([late.postId]);

    // A pull stores a batch at once: every other post of it was already handled.
    const batch = Array.from({ length: 40 }, (_, i) => sighting(10 + i));
    await db.handled.bulkAdd(batch.filter((_s, i) => i % 2 === 0).map((s) => record(s.postId, 'tanaka')));
    await db.sightings.bulkPut(batch.map((s) => ({ ...s, open: 1 as const })));
    expect(await shown(db)).toEqual([late.postId, ...batch.filter((_s, i) => i % 2 === 1).map((s) => s.postId)].sort());
  });

  test('a priority changed by a later write moves the post in the order', async () => {
    const db = new KizukiDatabase(`inbox-keys-rank-${Math.random()}`);
    open.push(db);
    const rows = [sighting(1, 10), sighting(2, 90)];
    await db.sightings.bulkAdd(rows);
    expect((await loadInbox(db, NOW, 1)).rows[0]!.postId).toBe(rows[1]!.postId);
    await db.sightings.update(rows[0]!.postId, { priority: 100 });
    const inbox = await loadInbox(db, NOW, 1);
    expect(inbox.rows[0]!.postId).toBe(rows[0]!.postId);
    expect(inbox).toEqual(await loadInboxFullScan(db, NOW, 1));
  });

  test('an inbox kept by the previous version reads the same once the database is upgraded', async () => {
    const name = `inbox-keys-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    declareMigrations(old, 8);
    await old.open();
    const rows = Array.from({ length: 30 }, (_, i) => sighting(i, (i * 37) % 100));
    await old.table('sightings').bulkAdd(rows);
    await old.table('handled').bulkAdd(rows.filter((_r, i) => i % 3 === 0).map((r) => record(r.postId, 'sato')));
    old.close();
    const db = new KizukiDatabase(name);
    open.push(db);
    const inbox = await loadInbox(db, NOW, 50);
    expect(inbox).toEqual(await loadInboxFullScan(db, NOW, 50));
    expect(inbox.total).toBe(20);
  });
});
