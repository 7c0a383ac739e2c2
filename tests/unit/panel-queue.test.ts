import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { HandledRecord, SeenPost } from '@/lib/contract/records';
import { countByCategory, sortQueue } from '@/lib/queue/queue-order';
import { QueueModel } from '@/lib/queue/queue-model';
import type { PostState } from '@/lib/contract/post-state';
import { isHandled, loadQueue, pruneSeen, recordSeen, summaryOf } from '@/lib/queue/seen-posts';
import { selectedPost } from '@/lib/db/kv-items';

function seen(postId: string, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabId: 1, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機',
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

  it("holds every tab's posts seen in the window, most urgent first, with who handled them", async () => {
    const HOUR = 3_600_000;
    const now = 100 * HOUR;
    await db.seenPosts.bulkPut([
      seen('1', { priority: 20, seenAt: now - HOUR }),
      seen('2', { priority: 90, seenAt: now - 2 * HOUR }),
      seen('3', { priority: 50, seenAt: now - 3 * HOUR }),
      seen('4', { tabId: 2, priority: 99, seenAt: now - 5 * HOUR }),
      seen('5', { tabId: undefined, priority: 30, seenAt: now - 11 * HOUR }),
      seen('6', { priority: 99, seenAt: now - 13 * HOUR }),
    ]);
    await db.handled.add(handled('3', '佐藤'));
    const queue = await loadQueue(db, now, 12);
    expect(queue.posts.map((p) => p.postId)).toEqual(['4', '2', '3', '5', '1']);
    expect(queue.posts.filter((p) => !isHandled(queue.states, p.postId)).map((p) => p.postId)).toEqual(['4', '2', '5', '1']);
    expect((await loadQueue(db, now, 4)).posts.map((p) => p.postId)).toEqual(['2', '3', '1']);
  });

  it('reads claims with the post state, live ones only', async () => {
    await db.seenPosts.bulkPut([seen('1'), seen('2'), seen('3')]);
    await db.claims.bulkPut([
      { postId: '1', operator: 'sato', operatorName: '佐藤', expiresAt: 10_000 },
      { postId: '2', operator: 'suzuki', operatorName: '鈴木', expiresAt: 4_000 },
    ]);
    const { states } = await loadQueue(db, 5_000);
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

  it('keeps one row per post, refreshed by a later sighting in any tab, remembering the last tab', async () => {
    const post = summaryOf(seen('10'));
    await recordSeen(db, [post, summaryOf(seen('11'))], 1, 100);
    await recordSeen(db, [{ ...post, priority: 70 }], 2, 200);
    expect(await db.seenPosts.get('10')).toMatchObject({ tabId: 2, seenAt: 200, priority: 70 });
    expect(await db.seenPosts.count()).toBe(2);
  });

  it('drops posts seen before the window, or before the retention setting when that is shorter', async () => {
    const HOUR = 3_600_000;
    const now = 1000 * HOUR;
    await db.seenPosts.bulkPut([seen('30', { seenAt: now - 13 * HOUR }), seen('31', { seenAt: now - 11 * HOUR }), seen('32', { seenAt: now - HOUR })]);
    expect(await pruneSeen(db, 12, 0, now)).toBe(1);
    expect((await db.seenPosts.toArray()).map((p) => p.postId)).toEqual(['31', '32']);
    await db.seenPosts.put(seen('33', { seenAt: now - 30 * HOUR }));
    await pruneSeen(db, 48, 1, now);
    expect((await db.seenPosts.toArray()).map((p) => p.postId)).toEqual(['31', '32']);
  });
});

describe('queue model (the panel merges new posts in)', () => {
  const ids = (m: QueueModel) => m.posts.map((p) => p.postId);

  it('puts each new or re-seen post in its sorted place, as a full sort would', () => {
    const model = new QueueModel();
    model.reset({ posts: sortQueue([seen('a', { priority: 50 }), seen('b', { priority: 10 })]), states: {} });
    const before = model.posts;
    const rows = [seen('c', { priority: 90 }), seen('d', { priority: 30 }), seen('b', { priority: 95 }), seen('e', { priority: 30, publishedAt: 2_000 })];
    model.merge(rows, { d: { handled: [{ operator: 'sato', operatorName: '佐藤', handledAt: 1, action: 'replied' }], claim: null } });
    expect(ids(model)).toEqual(['b', 'c', 'a', 'e', 'd']);
    expect(ids(model)).toEqual(sortQueue(model.posts).map((p) => p.postId));
    expect(isHandled(model.states, 'd')).toBe(true);
    // A new array for React; the old one untouched.
    expect(before.map((p) => p.postId)).toEqual(['a', 'b']);
  });

  it('a row it already shows as it is (handed over, then read back) or from a later sighting changes nothing; a relabelled one does', () => {
    const model = new QueueModel();
    model.reset({ posts: [seen('a', { seenAt: 500 })], states: {} });
    expect(model.merge([seen('b', { seenAt: 600 })], {})).toBe(true);
    const before = model.snapshot();
    expect(model.merge([seen('b', { seenAt: 600 }), seen('a', { seenAt: 400, priority: 99 })], {})).toBe(false);
    const after = model.snapshot();
    expect([after.posts, after.waiting, after.counts, after.states]).toEqual([before.posts, before.waiting, before.counts, before.states]);
    expect(after.posts).toBe(before.posts);
    // Read back with another reading at the same sighting (the worker relabelled it): that one is taken.
    expect(model.merge([seen('b', { seenAt: 600, category: 'praise' })], {})).toBe(true);
    expect(model.posts.find((p) => p.postId === 'b')?.category).toBe('praise');
    // Handed over late, for a sighting the database already brought relabelled: the database's reading stays.
    expect(model.merge([seen('b', { seenAt: 600, category: 'complaint' })], {}, true)).toBe(false);
    expect(model.posts.find((p) => p.postId === 'b')?.category).toBe('praise');
    expect(model.merge([seen('b', { seenAt: 700, category: 'complaint' })], {}, true)).toBe(true);
  });

  it('a hand-over never brings back a state older than the panel\'s, and a read-back brings the database\'s state even for a row already shown', () => {
    const handled = { handled: [{ operator: 'sato', operatorName: '佐藤', handledAt: 1, action: 'escalated' }], claim: null };
    const model = new QueueModel();
    model.reset({ posts: [seen('a', { seenAt: 500 }), seen('b', { seenAt: 500 })], states: {} });
    // The operator escalates a: the panel reads its state again.
    model.updateStates(['a'], { a: handled });
    expect(model.snapshot().waiting.map((p) => p.postId)).toEqual(['b']);
    // The page sees a again; the worker read a's state before the escalation was written and hands that over.
    model.merge([seen('a', { seenAt: 700 })], {}, true);
    expect(model.snapshot().waiting.map((p) => p.postId)).toEqual(['b']);
    // A post new to the queue takes the state handed over with it.
    model.merge([seen('c', { seenAt: 700 })], { c: handled }, true);
    expect(isHandled(model.states, 'c')).toBe(true);
    // The same sighting read back from the database, with the state read there: it counts, though the row is shown already.
    model.updateStates(['b'], {});
    model.merge([seen('b', { seenAt: 500 })], { b: handled });
    expect(model.snapshot().waiting.map((p) => p.postId)).toEqual([]);
  });

  it('stays sorted over many random merges', () => {
    const model = new QueueModel();
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let batch = 0; batch < 200; batch++) {
      model.merge(Array.from({ length: 5 }, () => seen(String(rand(300)), { priority: rand(100), publishedAt: rand(10_000) })), {});
    }
    expect(ids(model)).toEqual(sortQueue(model.posts).map((p) => p.postId));
    expect(new Set(ids(model)).size).toBe(model.size);
  });

  it('keeps the waiting list and the counts per category as filtering and counting the whole queue would', () => {
    const model = new QueueModel();
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const cats = ['complaint', 'question', 'request', 'praise', 'other'] as const;
    const done: PostState = { handled: [{ operator: 'sato', operatorName: '佐藤', handledAt: 1, action: 'replied' }], claim: null };
    const claimed: PostState = { handled: [], claim: { operator: 'suzuki', operatorName: '鈴木', expiresAt: 9_999_999 } };
    for (let batch = 0; batch < 150; batch++) {
      const rows = Array.from({ length: 4 }, () => seen(String(rand(200)), { priority: rand(100), publishedAt: rand(10_000), category: cats[rand(5)]! }));
      // Some rows come handled, some claimed; a post seen again may have been handled in between or undone.
      const states = Object.fromEntries(rows.flatMap((r) => (rand(4) === 0 ? [[r.postId, done]] : rand(6) === 0 ? [[r.postId, claimed]] : [])));
      model.merge(rows, states);
      if (batch % 50 === 49) model.setStates(Object.fromEntries(Object.entries(model.states).filter(() => rand(2) === 0)));
      const snap = model.snapshot();
      const waiting = snap.posts.filter((p) => !isHandled(snap.states, p.postId));
      expect(snap.waiting.map((p) => p.postId)).toEqual(waiting.map((p) => p.postId));
      expect(snap.counts.all).toEqual(countByCategory(snap.posts));
      expect(snap.counts.waiting).toEqual(countByCategory(waiting));
    }
  });

  it('keeps the state object when a batch brings no state (the view rebuilds its marks only when one changes)', () => {
    const model = new QueueModel();
    model.reset({ posts: [seen('a')], states: { a: { handled: [], claim: { operator: 'x', operatorName: 'X', expiresAt: 10_000 } } } });
    const states = model.states;
    model.merge([seen('b', { priority: 90 })], {});
    expect(model.states).toBe(states);
    model.merge([seen('a', { seenAt: 2_000 })], {});
    expect(model.states).not.toBe(states);
    expect(model.states).toEqual({});
  });

  it("a write's posts read again change only their state: a teammate's mark takes its post out of waiting, an undo brings one back", () => {
    const model = new QueueModel();
    const done: PostState = { handled: [{ operator: 'suzuki', operatorName: '鈴木', handledAt: 1, action: 'replied' }], claim: null };
    model.reset({ posts: [seen('a'), seen('b'), seen('c')], states: { c: done } });
    expect(model.queued(['a', 'zz', 'c'])).toEqual(['a', 'c']);
    model.updateStates(['a', 'c'], { a: done });
    const snap = model.snapshot();
    expect(Object.keys(snap.states).sort()).toEqual(['a']);
    expect(snap.waiting.map((p) => p.postId).sort()).toEqual(['b', 'c']);
  });

  it('lets posts age out even when a post seen again hides how old the oldest is', () => {
    const model = new QueueModel();
    model.reset({ posts: sortQueue([seen('a', { seenAt: 100 }), seen('b', { seenAt: 300 })]), states: {} });
    model.merge([seen('a', { seenAt: 900 })], {});
    expect(model.expire(1_000, 200)).toBe(false);
    expect(model.expire(1_000, 400)).toBe(true);
    expect(ids(model)).toEqual(['a']);
    expect(model.snapshot().waiting.map((p) => p.postId)).toEqual(['a']);
    expect(model.snapshot().counts.all.other).toBe(1);
  });

  it('lets posts age out of the window and claims expire by the clock', () => {
    const model = new QueueModel();
    model.reset({
      posts: sortQueue([seen('old', { seenAt: 100 }), seen('new', { seenAt: 900 })]),
      states: { new: { handled: [], claim: { operator: 'suzuki', operatorName: '鈴木', expiresAt: 1_000 } } },
    });
    expect(model.expire(999, 50)).toBe(false);
    expect(model.expire(1_000, 500)).toBe(true);
    expect(ids(model)).toEqual(['new']);
    expect(model.states).toEqual({});
    expect(model.snapshot().counts.waiting.other).toBe(1);
  });
});
