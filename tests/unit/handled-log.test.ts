import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { PostSummary } from '@/lib/contract/records';
import { markHandled } from '@/lib/handled/mark';
import { UNDO_WINDOW_MS } from '@/lib/contract/post-state';
import { undoHandled } from '@/lib/handled/undo';

const T0 = Date.UTC(2026, 10, 25, 3, 0, 0);

function post(id: string, extra: Partial<PostSummary> = {}): PostSummary {
  return {
    postId: id, url: `https://x.com/taro/status/${id}`, authorHandle: 'taro', displayName: '太郎',
    text: 'アクメの回線がまた圏外。返金してほしい', lang: 'ja', publishedAt: T0 - 600_000,
    category: 'complaint', priority: 85, brands: ['acme'],
    matches: [
      { kind: 'brand', term: 'アクメ', start: 0, end: 3, brandId: 'acme' },
      { kind: 'complaint', term: '圏外', start: 9, end: 11 },
      { kind: 'urgent', term: '返金', start: 12, end: 14 },
      { kind: 'complaint', term: '圏外', start: 20, end: 22 },
    ],
    ...extra,
  };
}

const SATO = { id: 'sato', name: '佐藤' };
const SUZUKI = { id: 'suzuki', name: '鈴木' };
const freshDb = () => new KizukiDatabase(`log-${Math.random()}`);

describe('mark handled', () => {
  it('records who handled what, when, with the post facts reports need, and queues it for sync', async () => {
    const db = freshDb();
    const enqueue = vi.fn(async () => {});
    const result = await markHandled(db, { post: post('101'), action: 'replied' }, SATO, T0, enqueue);
    expect(result.created).toBe(true);
    const stored = await db.handled.get(['101', 'sato']);
    expect(stored).toMatchObject({
      operator: 'sato', operatorName: '佐藤', action: 'replied', handledAt: T0, publishedAt: T0 - 600_000, category: 'complaint',
      priority: 85, brands: ['acme'], authorHandle: 'taro', sync: 'local', terms: ['圏外', '返金'],
    });
    expect(stored).not.toHaveProperty('displayName');
    expect(stored).not.toHaveProperty('replyText');
    expect(enqueue).toHaveBeenCalledExactlyOnceWith(stored);
  });

  it('never rewrites a record: a second click returns the first one; a teammate gets their own', async () => {
    const db = freshDb();
    const enqueue = vi.fn(async () => {});
    await markHandled(db, { post: post('103'), action: 'replied' }, SATO, T0, enqueue);
    const again = await markHandled(db, { post: post('103'), action: 'escalated', note: 'PRへ' }, SATO, T0 + 5000, enqueue);
    expect(again).toMatchObject({ created: false, record: { action: 'replied', handledAt: T0 } });
    await markHandled(db, { post: post('103'), action: 'dm' }, SUZUKI, T0 + 6000, enqueue);
    expect((await db.handled.toArray()).map((r) => r.operator).sort()).toEqual(['sato', 'suzuki']);
    expect(enqueue).toHaveBeenCalledTimes(2);
  });
});

describe('undo', () => {
  it('removes only this operator\'s record within the window and withdraws it from sync', async () => {
    const db = freshDb();
    await markHandled(db, { post: post('201'), action: 'replied' }, SATO, T0, async () => {});
    await markHandled(db, { post: post('201'), action: 'replied' }, SUZUKI, T0, async () => {});
    const withdraw = vi.fn(async () => {});
    expect(await undoHandled(db, '201', 'sato', T0 + UNDO_WINDOW_MS - 1, withdraw)).toEqual({ ok: true });
    expect((await db.handled.toArray()).map((r) => r.operator)).toEqual(['suzuki']);
    expect(withdraw).toHaveBeenCalledExactlyOnceWith('201', 'sato');
  });

  it('refuses after the window, and for a post this operator never marked', async () => {
    const db = freshDb();
    await markHandled(db, { post: post('202'), action: 'replied' }, SATO, T0, async () => {});
    const withdraw = vi.fn(async () => {});
    expect(await undoHandled(db, '202', 'sato', T0 + UNDO_WINDOW_MS + 1, withdraw)).toEqual({ ok: false, error: 'expired' });
    expect(await undoHandled(db, '202', 'suzuki', T0 + 1000, withdraw)).toEqual({ ok: false, error: 'not-found' });
    expect(await db.handled.count()).toBe(1);
    expect(withdraw).not.toHaveBeenCalled();
  });
});

describe('marking and queueing are one transaction', () => {
  it('a failure while queueing leaves no record behind (nothing "handled" that is never sent)', async () => {
    const db = freshDb();
    const failing = async () => { throw new Error('disk full'); };
    await expect(markHandled(db, { post: post('301'), action: 'replied' }, SATO, T0, failing)).rejects.toThrow('disk full');
    expect(await db.handled.count()).toBe(0);
  });

  it('the start-up sweep queues a local record that has no outbox entry, once', async () => {
    const { queueUnqueued, enqueueHandled } = await import('@/lib/sync/outbox');
    const db = freshDb();
    await markHandled(db, { post: post('302'), action: 'replied' }, SATO, T0, (r) => enqueueHandled(r, db));
    await markHandled(db, { post: post('303'), action: 'replied' }, SATO, T0, async () => {});
    await db.handled.add({ ...(await db.handled.get(['303', 'sato']))!, postId: '304', sync: 'synced' });
    expect(await queueUnqueued(db)).toBe(1);
    expect((await db.outbox.toArray()).map((e) => e.docId).sort()).toEqual(['handled:302', 'handled:303']);
    expect(await queueUnqueued(db)).toBe(0);
  });
});
