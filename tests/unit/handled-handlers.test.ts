import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route } from '@/lib/background/router';
import { db } from '@/lib/db/database';
import type { ReplyMap } from '@/lib/contract/messages';
import type { PostSummary } from '@/lib/contract/records';
import { operatorSettings } from '@/lib/settings/settings';

const post: PostSummary = {
  postId: '1900000000000000001', url: 'https://x.com/tanaka_k/status/1900000000000000001', authorHandle: 'tanaka_k',
  displayName: '田中', text: 'ミドリ電機の冷蔵庫が壊れた。返金してほしい', lang: 'ja', publishedAt: Date.now() - 60_000,
  category: 'complaint', priority: 90, brands: ['midori'],
  matches: [{ kind: 'brand', term: 'ミドリ電機', start: 0, end: 5, brandId: 'midori' }, { kind: 'urgent', term: '返金', start: 14, end: 16 }],
};
const sender = {};

describe('handled handlers through the router', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([db.handled.clear(), db.outbox.clear(), db.claims.clear()]);
  });

  it('marks for the operator in settings, queues it for sync, reports state, and undoes', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    const marked = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as ReplyMap['handled/mark'];
    expect(marked).toMatchObject({ ok: true, record: { operator: '佐藤', action: 'replied', terms: ['返金'] } });
    expect(await db.outbox.count()).toBe(1);

    const state = (await route({ type: 'posts/state', postIds: [post.postId, '1900000000000000002'] }, sender)) as ReplyMap['posts/state'];
    expect(state.operator).toBe('佐藤');
    expect(Object.keys(state.states)).toEqual([post.postId]);
    expect(state.states[post.postId]!.handled[0]!.operator).toBe('佐藤');

    expect(await route({ type: 'handled/undo', postId: post.postId }, sender)).toEqual({ ok: true });
    expect(await db.handled.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('marking handled releases our own "replying" claim, not a teammate\'s', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    await db.claims.add({ postId: post.postId, operator: '佐藤', expiresAt: Date.now() + 60_000 });
    await db.claims.add({ postId: '1900000000000000009', operator: '鈴木', expiresAt: Date.now() + 60_000 });
    await route({ type: 'handled/mark', post, action: 'replied' }, sender);
    expect(await db.claims.toArray()).toEqual([{ postId: '1900000000000000009', operator: '鈴木', expiresAt: expect.any(Number) }]);
  });

  it('refuses to mark without an operator name, with a message a person can act on', async () => {
    const reply = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as ReplyMap['handled/mark'];
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/operator name|担当者名/);
    expect(await db.handled.count()).toBe(0);
  });

  it('refuses malformed requests before they reach the database', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    const bad = await route({ type: 'handled/mark', post: { ...post, url: 'javascript:alert(1)' }, action: 'replied' }, sender);
    expect(bad).toMatchObject({ ok: false });
    expect(await route({ type: 'posts/state', postIds: ['<img>'] }, sender)).toMatchObject({ ok: false });
    expect(await route({ type: 'handled/mark', post, action: 'deleted' }, sender)).toMatchObject({ ok: false });
    expect(await db.handled.count()).toBe(0);
  });
});
