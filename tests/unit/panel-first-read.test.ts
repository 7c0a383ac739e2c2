import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { HandledRecord, SeenPost } from '@/lib/contract/records';
import { KizukiDatabase } from '@/lib/db/database';
import { serverClock } from '@/lib/db/kv-items';
import { declareMigrations, MIGRATIONS } from '@/lib/db/migrations';
import { FIRST_READ_SCHEMA_VERSION, readQueueRows } from '@/lib/queue/first-queue-rows';
import { openAsIs } from '@/lib/db/open-as-is';
import { queueOfRows } from '@/lib/queue/first-queue-read';
import { DEMO_PACK } from '@/lib/pack/store';
import { loadQueue } from '@/lib/queue/seen-posts';

// The panel's first queue read goes to IndexedDB directly (lib/queue/first-queue-read.ts). What the
// operator must not notice: any difference from the queue read through Dexie (order, who handled
// what, live claims by the server's clock), and a database it must leave alone (none yet, or one
// waiting for a schema upgrade).

const NOW = 1_764_000_000_000;

/** The first read as the panel runs it: the records (the page's first script), then the queue (the main chunk). */
async function readQueueFirst(opened: Promise<IDBDatabase | undefined>, now: number, queueHours: Promise<number>) {
  const rows = await readQueueRows(opened, now, queueHours);
  return rows && queueOfRows(rows);
}
const HOUR = 3_600_000;

function seen(postId: string, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabId: 1, url: `https://x.com/user${postId}/status/${postId}`, authorHandle: `user${postId}`, displayName: `利用者${postId}`,
    text: `ミドリ電機のルーターが${postId}回目の再起動`, lang: 'ja', publishedAt: NOW - Number(postId) * 1000, category: 'complaint',
    priority: 50, brands: ['midori'], matches: [], seenAt: NOW - 60_000, ...over,
  };
}

function handled(postId: string, operator: string, handledAt: number): HandledRecord {
  return { postId, operator, operatorName: `${operator}さん`, handledAt, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', category: 'complaint', priority: 50, brands: [], action: 'replied', publishedAt: null, sync: 'remote' };
}

async function seeded() {
  const db = new KizukiDatabase(`first-read-${Math.random()}`);
  await db.seenPosts.bulkPut([
    seen('1', { priority: 90 }),
    seen('2'),
    seen('3', { priority: 10 }),
    seen('10'), // its handled records must not be mixed with post 1's
    seen('4', { seenAt: NOW - 13 * HOUR }), // outside a 12-hour window
  ]);
  await db.handled.bulkAdd([handled('2', '鈴木', NOW - 5000), handled('2', '高橋', NOW - 9000), handled('10', '佐藤', NOW - 100), handled('99', '佐藤', NOW)]);
  await db.claims.bulkAdd([
    { postId: '1', operator: '鈴木', operatorName: '鈴木さん', expiresAt: NOW + 90_000 }, // live by the server's clock
    { postId: '3', operator: '佐藤', operatorName: '佐藤さん', expiresAt: NOW + 30_000 }, // expired by the server's clock
  ]);
  await serverClock.set(60_000, db); // the server is a minute ahead
  return db;
}

describe('the panel’s first queue read, straight from IndexedDB', () => {
  it('reads the same queue as the read through Dexie: order, handled records and live claims', async () => {
    const db = await seeded();
    const direct = await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(12));
    const throughDexie = await loadQueue(db, NOW, 12);
    expect({ posts: direct!.posts, states: direct!.states }).toEqual(throughDexie);
    expect(direct!.posts.map((p) => p.postId)).toEqual(['1', '2', '10', '3']);
    expect(direct!.states['2']!.handled.map((h) => h.operator)).toEqual(['高橋', '鈴木']);
    expect(direct!.states['1']!.claim).toEqual({ operator: '鈴木', operatorName: '鈴木さん', expiresAt: NOW + 30_000 });
    expect(direct!.states['3']).toBeUndefined();
  });

  it('reads the reply deadline of the active packs with it (first enabled pack with one), or none for the demo pack', async () => {
    const db = await seeded();
    expect((await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(12)))!.policy).toBeNull();
    const pack = (id: string, replyWithinMinutes: number) => ({ ...DEMO_PACK, id, replyDeadline: { replyWithinMinutes } });
    await db.packs.bulkPut([
      { id: 'off', pack: pack('off', 5), enabled: false, order: 0, importedAt: NOW, source: 'test' },
      { id: 'later', pack: pack('later', 90), enabled: true, order: 2, importedAt: NOW, source: 'test' },
      { id: 'first', pack: pack('first', 30), enabled: true, order: 1, importedAt: NOW, source: 'test' },
    ]);
    expect((await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(12)))!.policy).toEqual({ replyWithinMinutes: 30 });
  });

  it('follows the queue window it is given', async () => {
    const db = await seeded();
    const direct = await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(24));
    expect(direct!.posts.map((p) => p.postId)).toContain('4');
  });

  it('reads at the newest schema version', () => {
    expect(FIRST_READ_SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('answers an empty queue', async () => {
    const db = new KizukiDatabase(`first-read-empty-${Math.random()}`);
    await db.open();
    expect(await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(12))).toEqual({ posts: [], states: {}, policy: null });
  });

  it('leaves a database that does not exist yet uncreated, for Dexie to create with its schema', async () => {
    const name = `first-read-none-${Math.random()}`;
    expect(await readQueueFirst(openAsIs(name), NOW, Promise.resolve(12))).toBeUndefined();
    expect(await Dexie.exists(name)).toBe(false);
  });

  it('leaves a database waiting for a schema upgrade to Dexie (undefined), and does not block that upgrade', async () => {
    const name = `first-read-old-${Math.random()}`;
    const old = new Dexie(name);
    declareMigrations(old, 8);
    await old.open();
    old.close();
    expect(await readQueueFirst(openAsIs(name), NOW, Promise.resolve(12))).toBeUndefined();
    const current = new KizukiDatabase(name);
    await current.open();
    expect(current.verno).toBe(9);
  });

  it('does not keep the database open: a later upgrade is not blocked', async () => {
    const db = await seeded();
    await readQueueFirst(openAsIs(db.name), NOW, Promise.resolve(12));
    db.close();
    const next = new Dexie(db.name);
    declareMigrations(next);
    next.version(10).stores({ extra: 'id' });
    await next.open();
    expect(next.verno).toBe(10);
  });
});
