import { describe, expect, it } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { deleteAllData, purgeOlderThan } from '@/lib/handled/retention';

const DAY = 86_400_000;
const NOW = 1_764_000_000_000;

function record(postId: string, ageDays: number): HandledRecord {
  return { postId, operator: '佐藤', operatorName: '佐藤', handledAt: NOW - ageDays * DAY, url: '', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'skipped', publishedAt: null, sync: 'local' };
}

describe('retention', () => {
  it('purges records older than the setting and keeps the rest', async () => {
    const db = new KizukiDatabase(`ret-${Math.random()}`);
    await db.handled.bulkAdd([record('1', 0), record('2', 29.9), record('3', 30.1), record('4', 400)]);
    expect(await purgeOlderThan(db, 30, NOW)).toBe(2);
    expect((await db.handled.toArray()).map((r) => r.postId).sort()).toEqual(['1', '2']);
  });

  it('keeps everything when retention is 0 (off)', async () => {
    const db = new KizukiDatabase(`ret-${Math.random()}`);
    await db.handled.bulkAdd([record('1', 5000)]);
    expect(await purgeOlderThan(db, 0, NOW)).toBe(0);
    expect(await db.handled.count()).toBe(1);
  });

  it('"delete all my data" empties the log, queue, claims, outbox and sync state but keeps packs', async () => {
    const db = new KizukiDatabase(`ret-${Math.random()}`);
    await db.handled.add(record('1', 1));
    await db.claims.add({ postId: '1', operator: '佐藤', operatorName: '佐藤', expiresAt: NOW });
    await db.outbox.add({ db: 'handled', docId: 'handled:1', doc: {} });
    await db.kv.put({ key: 'sync-checkpoint', value: '12-abc' });
    await db.packs.put({ id: 'acme', pack: {} as never, enabled: true, order: 0, importedAt: NOW, source: 'file' });
    await deleteAllData(db);
    expect([await db.handled.count(), await db.claims.count(), await db.outbox.count(), await db.kv.count()]).toEqual([0, 0, 0, 0]);
    expect(await db.packs.count()).toBe(1);
  });
});
