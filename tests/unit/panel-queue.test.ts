import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { HandledRecord, SeenPost } from '@/lib/contract/records';
import { countByCategory, sortQueue } from '@/components/queue/queue-order';
import { loadClaims, loadQueue } from '@/components/queue/queue-query';
import { readSelection, selectPost } from '@/components/queue/selected-post';

function seen(postId: string, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabId: 1, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機',
    lang: 'ja', publishedAt: 1_000, category: 'other', priority: 10, brands: ['midori'], matches: [], seenAt: 1_000, ...over,
  };
}

function handled(postId: string, operator: string): HandledRecord {
  return {
    postId, operator, url: '', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'replied',
    handledAt: 5_000, publishedAt: null, sync: 'remote',
  };
}

describe('queue order', () => {
  it('puts the most urgent first, then the newest, unknown publication time counting as when seen', () => {
    const posts = [
      seen('low-new', { priority: 10, publishedAt: 9_000 }),
      seen('high-old', { priority: 80, publishedAt: 1_000 }),
      seen('high-new', { priority: 80, publishedAt: 5_000 }),
      seen('high-unknown', { priority: 80, publishedAt: null, seenAt: 7_000 }),
    ];
    expect(sortQueue(posts).map((p) => p.postId)).toEqual(['high-unknown', 'high-new', 'high-old', 'low-new']);
  });

  it('counts every category, zeros included', () => {
    const counts = countByCategory([seen('1', { category: 'complaint' }), seen('2', { category: 'complaint' }), seen('3', { category: 'praise' })]);
    expect(counts).toEqual({ complaint: 2, question: 0, request: 0, praise: 1, other: 0 });
  });
});

describe('loadQueue', () => {
  beforeEach(async () => {
    await Promise.all([db.seen.clear(), db.handled.clear(), db.claims.clear(), db.kv.clear()]);
  });

  it("shows only this tab's posts, leaving out posts any operator handled", async () => {
    await db.seen.bulkPut([
      seen('1', { priority: 20 }),
      seen('2', { priority: 90 }),
      seen('3', { priority: 50 }),
      seen('4', { tabId: 2, priority: 99 }),
    ]);
    await db.handled.add(handled('3', '佐藤'));
    expect((await loadQueue(1)).map((p) => p.postId)).toEqual(['2', '1']);
    expect((await loadQueue(2)).map((p) => p.postId)).toEqual(['4']);
    expect(await loadQueue(3)).toEqual([]);
  });

  it('reports live claims only', async () => {
    await db.claims.bulkPut([
      { postId: '1', operator: '佐藤', expiresAt: 10_000 },
      { postId: '2', operator: '鈴木', expiresAt: 4_000 },
    ]);
    const claims = await loadClaims(['1', '2', '3'], 5_000);
    expect([...claims]).toEqual([['1', '佐藤']]);
  });

  it('reads a selection written as an object or as a bare post id', async () => {
    await selectPost('123', 7);
    expect(await readSelection()).toMatchObject({ postId: '123', tabId: 7 });
    await db.kv.put({ key: 'selectedPost', value: '456' });
    expect(await readSelection()).toMatchObject({ postId: '456' });
    await db.kv.put({ key: 'selectedPost', value: { nonsense: true } });
    expect(await readSelection()).toBeNull();
  });
});
