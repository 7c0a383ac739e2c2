import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { PostSummary } from '@/lib/contract/records';
import { markHandled } from '@/lib/handled/mark';
import { UNDO_WINDOW_MS, undoHandled } from '@/lib/handled/undo';

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

const freshDb = () => new KizukiDatabase(`log-${Math.random()}`);

describe('mark handled', () => {
  it('records who handled what, when, with the post facts reports need, and queues it for sync', async () => {
    const db = freshDb();
    const enqueue = vi.fn(async () => {});
    const result = await markHandled(db, { post: post('101'), action: 'replied' }, '  佐藤 ', T0, enqueue);
    expect(result.ok).toBe(true);
    const stored = await db.handled.get(['101', '佐藤']);
    expect(stored).toMatchObject({
      operator: '佐藤', action: 'replied', handledAt: T0, publishedAt: T0 - 600_000, category: 'complaint',
      priority: 85, brands: ['acme'], authorHandle: 'taro', sync: 'local', terms: ['圏外', '返金'],
    });
    expect(stored).not.toHaveProperty('displayName');
    expect(stored).not.toHaveProperty('replyText');
    expect(enqueue).toHaveBeenCalledExactlyOnceWith(stored);
  });

  it('refuses without an operator name and stores nothing', async () => {
    const db = freshDb();
    const enqueue = vi.fn(async () => {});
    expect(await markHandled(db, { post: post('102'), action: 'replied' }, '   ', T0, enqueue)).toEqual({ ok: false, error: 'no-operator' });
    expect(await db.handled.count()).toBe(0);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it('never rewrites a record: a second click returns the first one; a teammate gets their own', async () => {
    const db = freshDb();
    const enqueue = vi.fn(async () => {});
    await markHandled(db, { post: post('103'), action: 'replied' }, '佐藤', T0, enqueue);
    const again = await markHandled(db, { post: post('103'), action: 'escalated', note: 'PRへ' }, '佐藤', T0 + 5000, enqueue);
    expect(again).toMatchObject({ ok: true, created: false, record: { action: 'replied', handledAt: T0 } });
    await markHandled(db, { post: post('103'), action: 'dm' }, '鈴木', T0 + 6000, enqueue);
    expect((await db.handled.where('postId').equals('103').toArray()).map((r) => r.operator).sort()).toEqual(['佐藤', '鈴木']);
    expect(enqueue).toHaveBeenCalledTimes(2);
  });
});

describe('undo', () => {
  it('removes only this operator\'s record within the window and withdraws it from sync', async () => {
    const db = freshDb();
    await markHandled(db, { post: post('201'), action: 'replied' }, '佐藤', T0, async () => {});
    await markHandled(db, { post: post('201'), action: 'replied' }, '鈴木', T0, async () => {});
    const withdraw = vi.fn(async () => {});
    expect(await undoHandled(db, '201', '佐藤', T0 + UNDO_WINDOW_MS - 1, withdraw)).toEqual({ ok: true });
    expect((await db.handled.toArray()).map((r) => r.operator)).toEqual(['鈴木']);
    expect(withdraw).toHaveBeenCalledExactlyOnceWith('201', '佐藤');
  });

  it('refuses after the window, and for a post this operator never marked', async () => {
    const db = freshDb();
    await markHandled(db, { post: post('202'), action: 'replied' }, '佐藤', T0, async () => {});
    const withdraw = vi.fn(async () => {});
    expect(await undoHandled(db, '202', '佐藤', T0 + UNDO_WINDOW_MS + 1, withdraw)).toEqual({ ok: false, error: 'expired' });
    expect(await undoHandled(db, '202', '鈴木', T0 + 1000, withdraw)).toEqual({ ok: false, error: 'not-found' });
    expect(await db.handled.count()).toBe(1);
    expect(withdraw).not.toHaveBeenCalled();
  });
});
