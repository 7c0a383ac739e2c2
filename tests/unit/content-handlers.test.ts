import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db, KizukiDatabase } from '@/lib/db/database';
import { route } from '@/lib/background/router';
import { startPacksWatch } from '@/lib/background/watch-packs';
import { reportSpec } from '@/lib/background/handlers/spec-get';
import { reportPolicy } from '@/lib/background/team-posts';
import { currentModel } from '@/lib/background/learned-layer';
import { trainLearnedModel } from '@/lib/classify/learned';
import { trainedBaseModel } from '@/lib/classify/base-model';
import { reportOperator } from '@/lib/settings/operator';
import { operatorSettings } from '@/lib/settings/settings';
import type { Sender } from '@/lib/background/define-handler';
import type { Push } from '@/lib/contract/messages';
import type { PostSummary } from '@/lib/contract/records';
import { DEMO_PACK } from '@/lib/pack/store';
import { selectedPost } from '@/lib/db/kv-items';

// The background side of the content script: spec/get, posts/seen, composer/open, and the packs watch.

const tab = (id: number): Sender => ({ tab: { id, windowId: 1 } as Sender['tab'] });
const summary = (postId: string, priority = 50): PostSummary => ({
  postId, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機が壊れた',
  lang: 'ja', publishedAt: null, category: 'complaint', priority, brands: ['midori'],
  matches: [{ kind: 'brand', term: 'ミドリ電機', start: 0, end: 5, brandId: 'midori' }],
});
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  fakeBrowser.reset();
  await db.open();
  await Promise.all([db.seenPosts.clear(), db.kv.clear(), db.packs.clear()]);
});

describe('spec/get', () => {
  it('compiles the demo pack when none is stored, and the stored packs once imported', async () => {
    const first = (await route({ type: 'spec/get' }, {})) as { ok: true; spec: { revision: string; brands: { id: string }[] } };
    expect(first.spec.brands.map((b) => b.id)).toEqual(DEMO_PACK.brands.map((b) => b.id));
    const again = (await route({ type: 'spec/get' }, {})) as { ok: true; spec: unknown };
    expect(again.spec).toBe(first.spec); // cached: same object, not recompiled
    const acme = { ...DEMO_PACK, id: 'acme', brands: [{ id: 'acme', name: 'ACME', terms: ['ACME'], exclude: [] }] };
    await db.packs.put({ id: 'acme', pack: acme, enabled: true, order: 0, importedAt: 1, source: 'test' });
    const next = (await route({ type: 'spec/get' }, {})) as { ok: true; spec: { revision: string; brands: { id: string }[] } };
    expect(next.spec.brands.map((b) => b.id)).toEqual(['acme']);
    expect(next.spec.revision).not.toBe(first.spec.revision);
  });
});

describe('the spec that labels seen posts', () => {
  it('is kept between reports without reading the packs, and follows a pack written meanwhile', async () => {
    const first = await reportSpec();
    const reads = vi.spyOn(db.packs, 'orderBy');
    expect(await reportSpec()).toBe(first);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const acme = { ...DEMO_PACK, id: 'acme', brands: [{ id: 'acme', name: 'ACME', terms: ['ACME'], exclude: [] }] };
    await db.packs.put({ id: 'acme', pack: acme, enabled: true, order: 0, importedAt: 1, source: 'test' });
    await settle(20);
    expect((await reportSpec()).brands.map((b) => b.id)).toEqual(['acme']);
  });
});

describe('what every report and state request reads', () => {
  it('keeps the reply-deadline policy without reading the packs, and follows a pack written meanwhile', async () => {
    const first = await reportPolicy(db);
    const reads = vi.spyOn(db.packs, 'orderBy');
    expect(await reportPolicy(db)).toBe(first);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const acme = { ...DEMO_PACK, id: 'acme', replyDeadline: { replyWithinMinutes: 7 } };
    await db.packs.put({ id: 'acme', pack: acme, enabled: true, order: 0, importedAt: 1, source: 'test' });
    await settle(20);
    expect((await reportPolicy(db))?.replyWithinMinutes).toBe(7);
  });

  it('remembers that no learned model is stored without asking the database again, and finds one stored later', async () => {
    const local = new KizukiDatabase(`models-${Math.random()}`);
    expect(await currentModel(local)).toBeNull();
    const reads = vi.spyOn(local.learnedModels, 'get');
    expect(await currentModel(local)).toBeNull();
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const model = trainLearnedModel([]);
    await local.learnedModels.put({ team: '', corrections: 0, trainedAt: 1, model });
    await settle(20);
    expect(await currentModel(local)).toEqual(model);
  });

  it('keeps who the operator is without reading storage, and follows a save of the settings', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    expect((await reportOperator())?.name).toBe('佐藤');
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await reportOperator())?.name).toBe('佐藤');
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    await operatorSettings.setValue({ operator: '鈴木', signature: '', retentionDays: 365 });
    expect((await reportOperator())?.name).toBe('鈴木');
  });

  it('does not trust what it kept once its change listener is gone (a reset browser hears no change)', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 365 });
    expect((await reportOperator())?.name).toBe('佐藤');
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ operatorSettings: { operator: '田中', signature: '', retentionDays: 365 } });
    expect((await reportOperator())?.name).toBe('田中');
  });
});

describe('posts/seen', () => {
  it('stamps rows as their write begins, never earlier than rows written before them, so the panel reading from the newest stamp misses none', async () => {
    const clock = vi.spyOn(Date, 'now');
    clock.mockReturnValue(5_000);
    await route({ type: 'posts/seen', posts: [summary('31')] }, tab(7));
    // The clock goes back (set by the operator, or NTP): the next rows still sort after the last.
    clock.mockReturnValue(4_000);
    await route({ type: 'posts/seen', posts: [summary('32')] }, tab(7));
    clock.mockRestore();
    const [first, second] = await db.seenPosts.bulkGet(['31', '32']);
    expect(second!.seenAt).toBeGreaterThanOrEqual(first!.seenAt);
  });

  it("stores a tab's brand posts for the queue, one row per post with the last tab that showed it", async () => {
    await route({ type: 'posts/seen', posts: [summary('11'), summary('12')] }, tab(7));
    await route({ type: 'posts/seen', posts: [summary('11', 90)] }, tab(7));
    await route({ type: 'posts/seen', posts: [summary('11', 90)] }, tab(8));
    const rows = await db.seenPosts.orderBy('postId').toArray();
    expect(rows.map((r) => [r.postId, r.priority, r.tabId])).toEqual([['11', 90, 8], ['12', 50, 7]]);
    expect(await db.seenPosts.count()).toBe(2);
  });

  it("sends a tab its new posts' reply deadlines once stored, and reads which posts are new only when the packs set a deadline", async () => {
    // The worker's first report trains the second reading's model, in steps, and then relabels the
    // posts reported meanwhile (the earlier tests'), reading them: that is over before reads are counted.
    await trainedBaseModel();
    await settle();
    const pushes: { tabId: number; message: unknown }[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => void pushes.push({ tabId, message }));
    const known = vi.spyOn(db.seenPosts, 'bulkGet');
    // No deadline in the packs: nothing to send, and nothing read to find out which posts are new.
    await route({ type: 'posts/seen', posts: [summary('41')] }, tab(7));
    await settle();
    expect(pushes).toEqual([]);
    expect(known).not.toHaveBeenCalled();
    // A pack with a reply deadline: a post seen for the first time gets its deadline on its chip; one
    // already seen (41) already has it from its state request.
    await db.packs.put({ id: 'acme', pack: { ...DEMO_PACK, id: 'acme', replyDeadline: { replyWithinMinutes: 30 } }, enabled: true, order: 0, importedAt: 1, source: 'test' });
    await settle(20);
    await route({ type: 'posts/seen', posts: [summary('41'), summary('42')] }, tab(7));
    await expect.poll(() => pushes.length).toBe(1);
    expect(pushes[0]).toEqual({ tabId: 7, message: { type: 'push/state-changed', postIds: ['42'] } });
    expect(known).toHaveBeenCalled();
  });

  it('refuses posts that come from no tab', async () => {
    expect(await route({ type: 'posts/seen', posts: [summary('14')] }, {})).toMatchObject({ ok: false });
    expect(await db.seenPosts.count()).toBe(0);
  });

  it('refuses malformed posts without storing anything', async () => {
    const bad = { ...summary('13'), postId: '<script>' };
    const reply = (await route({ type: 'posts/seen', posts: [bad] }, tab(7))) as { ok: boolean };
    expect(reply.ok).toBe(false);
    expect(await db.seenPosts.count()).toBe(0);
  });
});

describe('composer/open', () => {
  it('records the selected post so the side panel selects it', async () => {
    const reply = await route({ type: 'composer/open', postId: '42' }, tab(3));
    expect(reply).toEqual({ ok: true });
    expect(await selectedPost.get()).toMatchObject({ postId: '42', tabId: 3 });
  });
});

describe('packs watch', () => {
  it('pushes spec-changed when the packs change, not at start and not for a rewrite of the same packs', async () => {
    const local = new KizukiDatabase(`packs-${Math.random()}`);
    await local.open();
    const pushes: Push[] = [];
    const stop = startPacksWatch(async (p) => void pushes.push(p), local);
    await settle();
    expect(pushes).toEqual([]);
    const stored = { id: 'acme', pack: DEMO_PACK, enabled: true, order: 0, importedAt: 1, source: 'test' };
    await local.packs.put(stored);
    await settle();
    expect(pushes).toEqual([{ type: 'push/spec-changed' }]);
    await local.packs.put(stored);
    await settle();
    expect(pushes).toHaveLength(1);
    await local.packs.update('acme', { enabled: false });
    await settle();
    expect(pushes).toHaveLength(2);
    stop();
    await local.packs.delete('acme');
    await settle();
    expect(pushes).toHaveLength(2);
  });

  it("a local pack that sets a reply deadline re-works the stored deadlines, so the team inbox's indexed screen stays right", async () => {
    const local = new KizukiDatabase(`packs-${Math.random()}`);
    await local.open();
    const seenAt = Date.UTC(2026, 11, 1, 1, 0);
    await local.sightings.put({ ...summary('1990000000000000001'), operator: 'sato', seenAt, deadline: Infinity, sync: 'remote' });
    const stop = startPacksWatch(async () => {}, local);
    await settle();
    const pack = { ...DEMO_PACK, id: 'acme', replyDeadline: { replyWithinMinutes: 60 } };
    await local.packs.put({ id: 'acme', pack, enabled: true, order: 0, importedAt: 1, source: 'test' });
    await expect.poll(async () => (await local.sightings.get('1990000000000000001'))?.deadline, { timeout: 2000 }).toBeLessThan(Infinity);
    await local.packs.update('acme', { enabled: false });
    await expect.poll(async () => (await local.sightings.get('1990000000000000001'))?.deadline, { timeout: 2000 }).toBe(Infinity);
    stop();
  });
});
