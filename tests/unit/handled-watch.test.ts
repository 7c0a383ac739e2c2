import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import { startHandledWatch } from '@/lib/background/watch-handled';
import { onTablesChanged } from '@/lib/db/on-tables-changed';
import type { Push } from '@/lib/contract/messages';
import type { HandledRecord } from '@/lib/contract/records';

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('handled watch', () => {
  it('tells tabs once per burst of changes to the log or claims, not at start', async () => {
    const db = new KizukiDatabase(`watch-${Math.random()}`);
    await db.open();
    const pushes: Push[] = [];
    const stop = startHandledWatch(async (p) => void pushes.push(p), db);
    await settle();
    expect(pushes).toEqual([]);
    const base: Omit<HandledRecord, 'postId' | 'operator' | 'handledAt'> = { operatorName: '', url: '', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'replied', publishedAt: null, sync: 'remote' };
    await db.handled.bulkAdd(Array.from({ length: 20 }, (_, i) => ({ ...base, postId: String(i), operator: '佐藤', handledAt: i })));
    await db.handled.add({ ...base, postId: 'x', operator: '鈴木', handledAt: 1 });
    await settle();
    expect(pushes).toEqual([{ type: 'push/state-changed', postIds: 'all' }]);
    await db.claims.put({ postId: '7', operator: '鈴木', operatorName: '鈴木', expiresAt: 10 });
    await settle();
    expect(pushes).toHaveLength(2);
    stop();
    await db.claims.delete('7');
    await settle();
    expect(pushes).toHaveLength(2);
  });

  it('is not woken by writes to tables it does not watch (the seen posts of a shift)', async () => {
    const db = new KizukiDatabase(`watch-${Math.random()}`);
    await db.open();
    let wakes = 0;
    const stop = onTablesChanged(db, ['handled', 'claims'], () => (wakes += 1));
    await db.kv.put({ key: 'x', value: 1 });
    await db.packs.clear();
    await db.handled.clear();
    expect(wakes).toBe(1);
    stop();
    await db.handled.clear();
    expect(wakes).toBe(1);
  });
});
