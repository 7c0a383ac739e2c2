import { describe, expect, it } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import { markHandled } from '@/lib/handled/mark';
import { resolveOperator } from '@/lib/settings/operator';
import { adoptUnsent, enqueueHandled } from '@/lib/sync/outbox';
import type { PostSummary } from '@/lib/contract/records';

// Who the operator is has one answer; records made before sync was set up follow it.

const SYNC = { url: 'https://couch.example.com', team: 'acme', user: 'sato', password: 'pw' };
const post = (postId: string): PostSummary => ({
  postId, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機が壊れた', lang: 'ja',
  publishedAt: null, category: 'complaint', priority: 50, brands: ['midori'], matches: [],
});

describe('resolveOperator', () => {
  it('with sync on: the sync user is the id, the local name is shown (or the user name when there is none)', () => {
    expect(resolveOperator(' 佐藤 ', SYNC)).toEqual({ id: 'sato', name: '佐藤' });
    expect(resolveOperator('', SYNC)).toEqual({ id: 'sato', name: 'sato' });
  });

  it('without sync, or with half-filled sync settings: the local name is both; nobody without one', () => {
    expect(resolveOperator('佐藤', null)).toEqual({ id: '佐藤', name: '佐藤' });
    expect(resolveOperator('佐藤', { ...SYNC, user: '' })).toEqual({ id: '佐藤', name: '佐藤' });
    expect(resolveOperator('  ', null)).toBeNull();
  });
});

describe('records made before sync was set up', () => {
  it('are moved to the sync user before they are sent, keeping the name shown; sent and teammates\' records stay', async () => {
    const db = new KizukiDatabase(`adopt-${Math.random()}`);
    const local = { id: '佐藤', name: '佐藤' };
    const enqueue = (r: Parameters<typeof enqueueHandled>[0]) => enqueueHandled(r, db);
    await markHandled(db, { post: post('101'), action: 'replied' }, local, 1_000, enqueue);
    await markHandled(db, { post: post('102'), action: 'dm' }, local, 2_000, enqueue);
    await db.handled.put({ ...(await db.handled.get(['102', '佐藤']))!, sync: 'synced' });
    await db.handled.add({ ...(await db.handled.get(['101', '佐藤']))!, operator: 'suzuki', operatorName: '鈴木', sync: 'remote' });

    expect(await adoptUnsent(db, { id: 'sato', name: '佐藤' })).toBe(2);
    const rows = (await db.handled.toArray()).map((r) => [r.postId, r.operator, r.operatorName, r.sync]).sort();
    expect(rows).toEqual([
      ['101', 'sato', '佐藤', 'local'],
      ['101', 'suzuki', '鈴木', 'remote'],
      ['102', '佐藤', '佐藤', 'synced'],
    ]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.docId, e.doc.operator, e.doc.operatorName])).toEqual([['handled:101', 'sato', '佐藤']]);
    // Nothing left in another name: a second start changes nothing.
    expect(await adoptUnsent(db, { id: 'sato', name: '佐藤' })).toBe(0);
  });
});
