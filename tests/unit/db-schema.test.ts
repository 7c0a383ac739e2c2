import { describe, expect, it } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import { MIGRATIONS } from '@/lib/db/migrations';
import type { HandledRecord } from '@/lib/contract/records';

describe('database schema', () => {
  it('opens at the latest version and answers every query the log, history, reports and queue make', async () => {
    const db = new KizukiDatabase(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    const rec = (postId: string, operator: string, handledAt: number): HandledRecord => ({
      postId, operator, operatorName: operator, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', category: 'other',
      priority: 0, brands: [], action: 'replied', handledAt, publishedAt: null, sync: 'local',
    });
    await db.handled.bulkAdd([rec('1', 'sato', 10), rec('1', 'suzuki', 20), rec('2', 'sato', 30)]);
    // Each of these throws when the index it walks is missing (Dexie refuses a query without one).
    expect(await db.handled.where('[operator+handledAt]').between(['sato', 0], ['sato', 25]).count()).toBe(1);
    expect(await db.handled.where('handledAt').above(15).count()).toBe(2);
    expect(await db.handled.orderBy('operator').uniqueKeys()).toEqual(['sato', 'suzuki']);
    expect(await db.claims.where('expiresAt').above(0).count()).toBe(0);
    await db.seenPosts.put({ postId: '1', tabId: 4, url: 'https://x.com/a/status/1', authorHandle: 'a', displayName: 'A', text: 't', lang: null, publishedAt: null, category: 'other', priority: 0, brands: [], matches: [], seenAt: 1 });
    expect((await db.seenPosts.where('seenAt').aboveOrEqual(1).toArray()).map((p) => p.postId)).toEqual(['1']);
    expect(await db.outbox.orderBy('id').count()).toBe(0);
    db.close();
  });

  it('keeps one record per operator per post: a second add for the same pair is refused', async () => {
    const db = new KizukiDatabase(`schema-${Math.random()}`);
    const base: Omit<HandledRecord, 'postId' | 'operator'> = { operatorName: '', url: 'https://x.com/a/status/1', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'replied', handledAt: 1, publishedAt: null, sync: 'local' };
    await db.handled.add({ ...base, postId: '1', operator: '佐藤' });
    await db.handled.add({ ...base, postId: '1', operator: '鈴木' });
    await expect(db.handled.add({ ...base, postId: '1', operator: '佐藤' })).rejects.toThrow(/ConstraintError|Key already exists/);
    expect(await db.handled.where(':id').between(['1'], ['1', []]).count()).toBe(2);
    db.close();
  });
});
