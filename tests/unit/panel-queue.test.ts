import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { HandledRecord, SeenPost } from '@/lib/contract/records';
import { countByCategory, sortQueue } from '@/lib/queue/queue-order';
import { forgetTab, loadQueue, pruneSeen, recordSeen, summaryOf } from '@/lib/queue/seen-posts';
import { selectedPost } from '@/lib/db/kv-items';

function seen(postId: string, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabIds: [1], url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機',
    lang: 'ja', publishedAt: 1_000, category: 'other', priority: 10, brands: ['midori'], matches: [], seenAt: 1_000, ...over,
  };
}

function handled(postId: string, operator: string): HandledRecord {
  return {
    postId, operator, operatorName: operator, url: '', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'replied',
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
    await Promise.all([db.seenPosts.clear(), db.handled.clear(), db.claims.clear(), db.kv.clear()]);
  });

  it("shows only this tab's posts, leaving out posts any operator handled", async () => {
    await db.seenPosts.bulkPut([
      seen('1', { priority: 20 }),
      seen('2', { priority: 90 }),
      seen('3', { priority: 50 }),
      seen('4', { tabIds: [2], priority: 99 }),
      seen('5', { tabIds: [1, 2], priority: 30 }),
    ]);
    await db.handled.add(handled('3', '佐藤'));
    expect((await loadQueue(db, 1, 0)).posts.map((p) => p.postId)).toEqual(['2', '5', '1']);
    expect((await loadQueue(db, 2, 0)).posts.map((p) => p.postId)).toEqual(['4', '5']);
    expect((await loadQueue(db, 3, 0)).posts).toEqual([]);
  });

  it('reads claims with the post state, live ones only', async () => {
    await db.seenPosts.bulkPut([seen('1'), seen('2'), seen('3')]);
    await db.claims.bulkPut([
      { postId: '1', operator: 'sato', operatorName: '佐藤', expiresAt: 10_000 },
      { postId: '2', operator: 'suzuki', operatorName: '鈴木', expiresAt: 4_000 },
    ]);
    const { states } = await loadQueue(db, 1, 5_000);
    expect(Object.keys(states)).toEqual(['1']);
    expect(states['1']!.claim).toEqual({ operator: 'sato', operatorName: '佐藤', expiresAt: 10_000 });
  });

  it('reads a selection back, and a damaged or old-format one as none', async () => {
    await selectedPost.set({ postId: '123', tabId: 7, at: 1 });
    expect(await selectedPost.get()).toMatchObject({ postId: '123', tabId: 7 });
    await db.kv.put({ key: 'selectedPost', value: '456' });
    expect(await selectedPost.get()).toBeNull();
    await db.kv.put({ key: 'selectedPost', value: { nonsense: true } });
    expect(await selectedPost.get()).toBeNull();
  });
});

describe('seen posts lifecycle', () => {
  beforeEach(async () => {
    await db.seenPosts.clear();
  });

  it('keeps one row per post with every tab that showed it; closing a tab removes only its posts', async () => {
    const post = summaryOf(seen('10'));
    await recordSeen(db, [post, summaryOf(seen('11'))], 1, 100);
    await recordSeen(db, [post], 2, 200);
    expect(await db.seenPosts.get('10')).toMatchObject({ tabIds: [1, 2], seenAt: 200 });
    await forgetTab(db, 1);
    expect((await db.seenPosts.toArray()).map((p) => [p.postId, p.tabIds])).toEqual([['10', [2]]]);
    // A new tab that gets the closed tab's id finds nothing of the old one.
    expect((await loadQueue(db, 1, 0)).posts).toEqual([]);
  });

  it('at start-up drops posts of tabs that are gone, and every post of a previous browser session', async () => {
    await db.seenPosts.bulkPut([seen('20', { tabIds: [1, 5] }), seen('21', { tabIds: [6] })]);
    expect(await pruneSeen(db, [5], 0, 10_000)).toBe(1);
    expect((await db.seenPosts.toArray()).map((p) => [p.postId, p.tabIds])).toEqual([['20', [5]]]);
    expect(await pruneSeen(db, null, 0, 10_000)).toBe(1);
    expect(await db.seenPosts.count()).toBe(0);
  });

  it('drops posts older than the retention setting even while their tab stays open', async () => {
    const DAY = 86_400_000;
    const now = 100 * DAY;
    await db.seenPosts.bulkPut([seen('30', { seenAt: now - 31 * DAY }), seen('31', { seenAt: now - 29 * DAY })]);
    await pruneSeen(db, [1], 30, now);
    expect((await db.seenPosts.toArray()).map((p) => p.postId)).toEqual(['31']);
  });
});
