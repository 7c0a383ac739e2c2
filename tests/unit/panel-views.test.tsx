// @vitest-environment jsdom
import { layOutQueueAsInAPanel } from './support/queue-layout';
import { until } from './support/until';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { SeenPost } from '@/lib/contract/records';
import type { Reply, Request } from '@/lib/contract/messages';
import { operatorSettings } from '@/lib/settings/settings';
import { selectedPost } from '@/lib/db/kv-items';
import { QueueView } from '@/components/queue/QueueView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

layOutQueueAsInAPanel();

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> ミドリ電機';

function seen(postId: string, tabId: number, over: Partial<SeenPost> = {}): SeenPost {
  return {
    postId, tabId, url: `https://x.com/user${postId}/status/${postId}`, authorHandle: `user${postId}`, displayName: `利用者${postId}`,
    text: `ミドリ電機のルーターが${postId}回目の再起動`, lang: 'ja', publishedAt: Date.now() - 3 * 60_000, category: 'complaint',
    priority: 50, brands: ['midori'], matches: [{ kind: 'brand', term: 'ミドリ電機', start: 0, end: 5, brandId: 'midori' }],
    seenAt: Date.now(), ...over,
  };
}


function setValue(el: HTMLTextAreaElement | HTMLSelectElement | HTMLInputElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
/** The count the category filter shows. */
const count = (category: string) => $(`[data-testid=filter-${category}] .kz-count`).textContent;

let root: Root;
let requests: Request[];
let claimReply: Reply<'claim/take'>;

beforeEach(async () => {
  // Live queries resolve between acts; React's reminder about that is noise here, other errors are not.
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('not wrapped in act')) error(...args);
  });
  fakeBrowser.reset();
  sessionStorage.clear();
  await Promise.all([db.seenPosts.clear(), db.handled.clear(), db.claims.clear(), db.kv.clear(), db.packs.clear()]);
  await operatorSettings.setValue({ operator: '佐藤', signature: 'サポート担当 佐藤', retentionDays: 365 });
  requests = [];
  claimReply = { ok: true, heldBy: null, expiresAt: Date.now() + 120_000 };
  // Stands in for the background: records what the panel asks and answers like the real handlers.
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    const req = msg as Request;
    requests.push(req);
    if (req.type === 'claim/take') return Promise.resolve(claimReply);
    if (req.type === 'handled/mark') return Promise.resolve({ ok: true, record: { postId: req.post.postId, operator: '佐藤', operatorName: '佐藤', handledAt: Date.now(), action: req.action } });
    return Promise.resolve({ ok: true });
  });
  const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/search?q=ミドリ電機' });
  await db.seenPosts.bulkPut([
    seen('100', tab.id!, { priority: 20, category: 'question' }),
    seen('200', tab.id!, { priority: 90 }),
    seen('300', tab.id!, { priority: 50, text: XSS, matches: [] }),
    seen('400', 999, { priority: 99 }),
  ]);
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById('root')!);
  await act(async () => root.render(<QueueView />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  vi.restoreAllMocks();
});

describe('queue', () => {
  it("lists every x.com tab's posts most urgent first, with counts per category", async () => {
    await until(() => expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['400', '200', '300', '100']));
    expect($('[data-testid=filter-complaint]').textContent).toContain('3');
    expect($('[data-testid=filter-question]').textContent).toContain('1');
    const first = $('[data-post-id="200"]');
    expect(first.textContent).toContain('@user200');
    expect(first.textContent).toContain('3 min ago');
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://x.com/user200/status/200');
  });

  it('filters by category', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    await act(async () => $('[data-testid=filter-question]').click());
    expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['100']);
  });

  it('shows post text as text, never as markup', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    const item = $('[data-post-id="300"] [data-testid=queue-item-text]');
    expect(item.textContent).toBe(XSS);
    expect(document.querySelector('#root img, #root script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('drops a post once anyone has handled it; the handled filter shows it with who handled it', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    await db.handled.add({
      postId: '200', operator: 'suzuki', operatorName: '鈴木', url: '', authorHandle: 'user200', category: 'complaint', priority: 90, brands: [],
      action: 'replied', handledAt: Date.now(), publishedAt: null, sync: 'remote',
    });
    await until(() => expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['400', '300', '100']));
    await act(async () => $('[data-testid=show-handled]').click());
    await until(() => expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['400', '200', '300', '100']));
    expect($('[data-post-id="200"]').textContent).toContain('鈴木');
  });

  it('merges posts seen later into their sorted place', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    await db.seenPosts.bulkPut([seen('600', 1, { priority: 60 }), seen('700', 2, { priority: 5 })]);
    await until(() => expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['400', '200', '600', '300', '100', '700']));
  });

  it('keeps the counts per category true as posts arrive and are handled', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    await db.seenPosts.bulkPut([seen('600', 1, { category: 'question' }), seen('700', 1, { category: 'praise' })]);
    await until(() => expect(count('question')).toBe('2'));
    expect(count('praise')).toBe('1');
    await db.handled.add({
      postId: '600', operator: 'suzuki', operatorName: '鈴木', url: '', authorHandle: 'user600', category: 'question', priority: 50, brands: [],
      action: 'replied', handledAt: Date.now(), publishedAt: null, sync: 'remote',
    });
    await until(() => expect(count('question')).toBe('1'));
    await act(async () => $('[data-testid=filter-question]').click());
    expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['100']);
  });

  it('takes deleted posts out while open: a retention run, then "delete all my data"', async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    // New posts first, so that the panel has merged batches before the deletions come.
    await db.seenPosts.bulkPut([seen('600', 1, { priority: 60 })]);
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(5));
    await db.seenPosts.where('postId').anyOf(['200', '400']).delete();
    await until(() => expect($$('[data-testid=queue-item]').map((li) => li.dataset.postId)).toEqual(['600', '300', '100']));
    expect(count('complaint')).toBe('2');
    await db.seenPosts.clear();
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(0));
    expect(count('complaint')).toBe('0');
  });

  it('renders only the rows on screen of a long queue, and the rows further down once scrolled', async () => {
    await db.seenPosts.bulkPut(Array.from({ length: 3000 }, (_, i) => seen(String(10_000 + i), 1, { priority: 40 - (i % 40) / 100 - i / 1e6 })));
    await until(() => expect($('[data-testid=queue-item]')?.getAttribute('aria-setsize')).toBe('3004'), 10_000);
    const rendered = $$('[data-testid=queue-item]');
    expect(rendered.length).toBeGreaterThan(3);
    expect(rendered.length).toBeLessThan(30);
    const scroller = $('[data-testid=queue-scroll]');
    await act(async () => {
      scroller.scrollTop = 2000 * 110;
      scroller.dispatchEvent(new Event('scroll'));
    });
    await until(() => expect(Number($('[data-testid=queue-item]').getAttribute('aria-posinset'))).toBeGreaterThan(1000));
    expect($$('[data-testid=queue-item]').length).toBeLessThan(30);
  });

  // (Picking from it takes a trusted event: tests/e2e/corrections.spec.ts picks by keyboard.)
  it("offers every category in a row's menu once the operator reaches for it", async () => {
    await until(() => expect($$('[data-testid=queue-item]')).toHaveLength(4));
    const menu = $('[data-post-id="100"] [data-testid=queue-fix]') as HTMLSelectElement;
    const labels = () => [...menu.options].map((o) => o.textContent);
    expect(menu.value).toBe('question');
    expect(labels()).toEqual(['Question']);
    await act(async () => menu.focus());
    expect(labels()).toEqual(['Complaint', 'Question', 'Request', 'Praise', 'Other']);
    expect(menu.value).toBe('question');
  });
});

describe('composer', () => {
  async function openComposer(postId: string) {
    await until(() => expect($(`[data-post-id="${postId}"] .kz-item-select`)).toBeTruthy());
    await act(async () => $(`[data-post-id="${postId}"] .kz-item-select`).click());
    await until(() => expect($('[data-testid=composer]')).toBeTruthy());
  }

  it('selecting a post scrolls X to it and claims it; closing releases the claim', async () => {
    await openComposer('200');
    const tabId = (await db.seenPosts.get('200'))!.tabId;
    await until(() => expect(requests).toContainEqual({ type: 'post/focus', tabId, postId: '200' }));
    expect(requests).toContainEqual({ type: 'claim/take', postId: '200' });
    expect(await selectedPost.get()).toMatchObject({ postId: '200' });
    await act(async () => $('[data-testid=composer-close]').click());
    await until(() => expect($('[data-testid=composer]')).toBeNull());
    expect(requests).toContainEqual({ type: 'claim/release', postId: '200' });
  });

  it('fills a template, flags an NG word, applies its fix and opens the intent URL', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openComposer('200');
    await until(() => expect($$('[data-testid=template-option]').length).toBeGreaterThan(0));
    await act(async () => $('[data-testid=template-option]').click());
    const draft = $('[data-testid=draft]') as HTMLTextAreaElement;
    expect(draft.value).toContain('利用者200様');
    expect(draft.value).toContain('サポート担当 佐藤');
    expect(draft.value).toContain('ミドリ電機');
    expect(draft.value).not.toMatch(/\{\{|⟦/);
    expect($('[data-testid=length-counter]').textContent).toMatch(/^\d+\/280$/);

    await act(async () => setValue(draft, draft.value + '絶対に直します。'));
    const ng = $$('[data-testid=finding]').find((f) => f.dataset.code === 'ng-word')!;
    expect(ng.textContent).toContain('絶対');
    await act(async () => (ng.querySelector('[data-testid=apply-fix]') as HTMLElement).click());
    expect(draft.value).toContain('できる限り直します。');
    expect($$('[data-testid=finding]').some((f) => f.dataset.code === 'ng-word')).toBe(false);

    await act(async () => $('[data-testid=reply-on-x]').click());
    const url = new URL(create.mock.calls.at(-1)![0].url!);
    expect(url.searchParams.get('in_reply_to')).toBe('200');
    expect(url.searchParams.get('text')).toBe(draft.value);
  });

  it('keeps the draft while the panel is open, across views', async () => {
    await openComposer('200');
    await act(async () => setValue($('[data-testid=draft]') as HTMLTextAreaElement, '山田様、ご不便をおかけしております。'));
    await act(async () => root.unmount());
    root = createRoot(document.getElementById('root')!);
    await act(async () => root.render(<QueueView />));
    await until(() => expect(($('[data-testid=draft]') as HTMLTextAreaElement | null)?.value).toBe('山田様、ご不便をおかけしております。'));
  });

  it("suggests templates in the post's language first", async () => {
    const tabId = (await db.seenPosts.get('200'))!.tabId!;
    await db.seenPosts.put(seen('500', tabId, { lang: 'en', priority: 95, text: 'My Midori Denki router keeps rebooting', matches: [] }));
    await openComposer('500');
    await until(() => expect($$('[data-testid=template-option]').length).toBeGreaterThan(0));
    const first = $('[data-testid=template-option]').dataset.templateId!;
    expect(first).toMatch(/-en$/);
    await openComposer('200');
    await until(() => expect($('[data-testid=template-option]').dataset.templateId).toMatch(/-ja$/));
  });

  it('copies the draft as it is', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openComposer('200');
    await until(() => expect($$('[data-testid=template-option]').length).toBeGreaterThan(0));
    await act(async () => $('[data-testid=template-option]').click());
    await act(async () => $('[data-testid=copy-draft]').click());
    expect(writeText).toHaveBeenCalledWith(($('[data-testid=draft]') as HTMLTextAreaElement).value);
    expect(document.body.textContent).toContain('Copied');
  });

  it('switching tone re-fills an untouched draft from that tone', async () => {
    await openComposer('200');
    await until(() => expect($$('[data-testid=template-option]').length).toBeGreaterThan(0));
    await act(async () => $('[data-testid=template-option]').click());
    await act(async () => setValue($('[data-testid=tone-picker]') as HTMLSelectElement, 'casual'));
    expect(($('[data-testid=draft]') as HTMLTextAreaElement).value).toMatch(/^@user200 利用者200さん/);
  });

  it('flags a variable with no value instead of sending braces', async () => {
    await operatorSettings.setValue({ operator: '', signature: '', retentionDays: 365 });
    await openComposer('200');
    await until(() => expect($$('[data-testid=template-option]').length).toBeGreaterThan(0));
    await act(async () => $('[data-testid=template-option]').click());
    expect(($('[data-testid=draft]') as HTMLTextAreaElement).value).not.toContain('{{');
    expect($$('[data-testid=finding]').some((f) => f.dataset.code === 'missing-variable')).toBe(true);
  });

  it("warns who is replying before starting when a teammate holds the claim", async () => {
    claimReply = { ok: true, heldBy: { operator: 'suzuki', operatorName: '鈴木' }, expiresAt: Date.now() + 120_000 };
    await openComposer('200');
    await until(() => expect($('[data-testid=claim-warning]')?.textContent).toContain('鈴木'));
    expect($('[data-testid=draft]')).toBeNull();
    await act(async () => $('[data-testid=reply-anyway]').click());
    expect($('[data-testid=draft]')).toBeTruthy();
  });

  it('warns who handled the post and when', async () => {
    await db.handled.add({
      postId: '400', operator: 'suzuki', operatorName: '鈴木', url: '', authorHandle: 'user400', category: 'complaint', priority: 99, brands: [],
      action: 'dm', handledAt: Date.now() - 5 * 60_000, publishedAt: null, sync: 'remote',
    });
    await act(async () => selectedPost.set({ postId: '400', tabId: 999, at: Date.now() }));
    await until(() => expect($('[data-testid=handled-warning]')?.textContent).toContain('鈴木'));
    expect($('[data-testid=handled-warning]').textContent).toContain('5 min ago');
  });

  it('marks handled with any action and a note', async () => {
    await openComposer('300');
    await act(async () => setValue($('[data-testid=handled-action]') as HTMLSelectElement, 'escalated'));
    await act(async () => setValue($('[data-testid=handled-note]') as HTMLInputElement, '広報に共有'));
    await act(async () => $('[data-testid=mark-handled]').click());
    await until(() => expect(requests.find((r) => r.type === 'handled/mark')).toBeTruthy());
    expect(requests.find((r) => r.type === 'handled/mark')).toMatchObject({ action: 'escalated', note: '広報に共有', post: { postId: '300' } });
    await until(() => expect($('[data-testid=composer]')).toBeNull());
  });
});
