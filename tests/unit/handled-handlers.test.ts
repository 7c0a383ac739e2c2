import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, route } from '@/lib/background/router';
import { db } from '@/lib/db/database';
import { requestSchemas, type Reply } from '@/lib/contract/messages';
import type { PostSummary } from '@/lib/contract/records';
import { operatorSettings, syncSettings } from '@/lib/settings/settings';

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
    const marked = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as Reply<'handled/mark'>;
    expect(marked).toMatchObject({ ok: true, record: { operator: '佐藤', action: 'replied', terms: ['返金'] } });
    expect(await db.outbox.count()).toBe(1);

    const state = (await route({ type: 'posts/state', postIds: [post.postId, '1900000000000000002'] }, sender)) as Reply<'posts/state'>;
    if (!state.ok) throw new Error(state.error);
    expect(state.operator).toEqual({ id: '佐藤', name: '佐藤' });
    expect(Object.keys(state.states)).toEqual([post.postId]);
    expect(state.states[post.postId]!.handled[0]).toMatchObject({ operator: '佐藤', operatorName: '佐藤' });

    expect(await route({ type: 'handled/undo', postId: post.postId }, sender)).toEqual({ ok: true });
    expect(await db.handled.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('marking handled releases our own "replying" claim, not a teammate\'s', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    await db.claims.add({ postId: post.postId, operator: '佐藤', operatorName: '佐藤', expiresAt: Date.now() + 60_000 });
    await db.claims.add({ postId: '1900000000000000009', operator: '鈴木', operatorName: '鈴木', expiresAt: Date.now() + 60_000 });
    await route({ type: 'handled/mark', post, action: 'replied' }, sender);
    expect(await db.claims.toArray()).toEqual([{ postId: '1900000000000000009', operator: '鈴木', operatorName: '鈴木', expiresAt: expect.any(Number) }]);
  });

  it('refuses to mark without an operator name, with a message a person can act on', async () => {
    const reply = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as Reply<'handled/mark'>;
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

  it('with team sync on, records in the sync user\'s name (what the server accepts) and shows the local name', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    await syncSettings.setValue({ url: 'http://127.0.0.1:1', team: 'acme', user: 'sato', password: 'pw' });
    const marked = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as Reply<'handled/mark'>;
    expect(marked).toMatchObject({ ok: true, record: { operator: 'sato', operatorName: '佐藤' } });
    const [entry] = await db.outbox.toArray();
    expect(entry!.doc).toMatchObject({ _id: `handled:${post.postId}`, operator: 'sato', operatorName: '佐藤' });
    // Undo finds the record under the same id.
    expect(await route({ type: 'handled/undo', postId: post.postId }, sender)).toEqual({ ok: true });
  });

  it('with team sync on and no local name, the sync user name is both id and name', async () => {
    await syncSettings.setValue({ url: 'http://127.0.0.1:1', team: 'acme', user: 'sato', password: 'pw' });
    const marked = (await route({ type: 'handled/mark', post, action: 'replied' }, sender)) as Reply<'handled/mark'>;
    expect(marked).toMatchObject({ ok: true, record: { operator: 'sato', operatorName: 'sato' } });
  });
});

describe('the router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a handler for every message of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('answers unknown and malformed messages with an error reply, saying which field', async () => {
    expect(await route({ type: 'posts/delete' }, sender)).toEqual({ ok: false, error: 'unknown message type: posts/delete' });
    expect(await route(null, sender)).toMatchObject({ ok: false });
    const bad = await route({ type: 'handled/undo', postId: '12ab' }, sender);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid handled\/undo: postId/) });
  });

  it('turns a handler that throws (the database failing) into an error reply instead of no answer', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    const failing = vi.spyOn(db.handled, 'get').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const reply = await route({ type: 'handled/undo', postId: post.postId }, sender);
    expect(reply).toEqual({ ok: false, error: 'handled/undo failed: QuotaExceededError' });
    failing.mockRestore();
  });
});
