// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { until } from './support/until';
import { compileSpec } from '@/lib/classify/compile-spec';
import { packSchema } from '@/lib/pack/schema';
import demoPack from '@/lib/pack/demo-pack.json';
import type { Request } from '@/lib/contract/messages';
import { appendCellsInPage, buildTimelinePage, cellContentHtml, type TimelinePost } from '../e2e/support/x-timeline';
import { takeTimings } from '@/lib/content/perf';

// The content script's features (extract → classify → highlight, chip, seen report) on an x.com-like page in jsdom. jsdom has no
// CSS Custom Highlight API, so a minimal stand-in records what the content script registers.

const sent: Request[] = [];
const spec = compileSpec([packSchema.parse(demoPack)]);
vi.mock('@/lib/contract/request-port', () => ({
  sendRequest: vi.fn(async (req: Request) => {
    sent.push(req);
    if (req.type === 'spec/get') return { ok: true, spec };
    if (req.type === 'posts/state') {
      // Post ids ending in 2 were handled by suzuki, whom people know as 鈴木.
      const handled = (id: string) => (id.endsWith('2') ? [{ operator: 'suzuki', operatorName: '鈴木', handledAt: Date.now() - 180_000, action: 'replied' }] : []);
      return { ok: true, operator: { id: 'sato', name: '佐藤' }, states: Object.fromEntries(req.postIds.map((id) => [id, { handled: handled(id), claim: null }])) };
    }
    return { ok: true };
  }),
}));

class FakeHighlight extends Set<Range> {
  priority = 0;
}
(globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
(globalThis as unknown as { CSS: unknown }).CSS = { highlights: new Map<string, FakeHighlight>() };
const registry = () => (globalThis as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;

// Nor has jsdom layout, so no IntersectionObserver: a stand-in that, like the browser, tells each new
// target's state soon after it is observed (`offScreen` says which are far from the viewport), and
// lets a test move a target (`scrollTo`).
const offScreen = new Set<Element>();
/** While true, the observer has said nothing yet of targets observed (a browser answers after its next frame). */
let observerSilent = false;
const observers = new Set<FakeIntersectionObserver>();
class FakeIntersectionObserver {
  readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    observers.add(this);
  }
  observe(target: Element) {
    if (this.targets.has(target)) return;
    this.targets.add(target);
    if (!observerSilent) setTimeout(() => this.targets.has(target) && this.callback([{ target, isIntersecting: !offScreen.has(target) }]));
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }
}
(globalThis as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIntersectionObserver;
/** Moves `target` near the viewport or away from it, and tells the observers watching it. */
function scrollTo(target: Element, near: boolean) {
  if (near) offScreen.delete(target);
  else offScreen.add(target);
  for (const o of observers) if (o.targets.has(target)) (o as unknown as { callback: (e: unknown[]) => void }).callback([{ target, isIntersecting: near }]);
}

const { runFeatures } = await import('@/lib/content/features');


const POSTS: TimelinePost[] = [
  { id: '100000000000000001', handle: 'a', name: 'A', text: 'ミドリ電機の洗濯機が動かない、返金して' },
  { id: '100000000000000002', handle: 'b', name: 'B', text: 'みどり電機のポイントっていつ付くの？' },
  { id: '100000000000000003', handle: 'c', name: 'C', text: '今日の夕飯はカレー' },
  { id: '100000000000000004', handle: 'd', name: 'D', text: 'ミドリ電機 セール中', ad: true },
  { id: '100000000000000005', handle: 'e', name: 'E', text: 'へえ', quote: { handle: 'q', name: 'Q', text: 'ミドリ電機で詐欺被害' } },
];

/** A content script context as WXT gives one, reduced to what Kizuki uses; `invalidate` ends it. */
function fakeContext() {
  const life = new AbortController();
  const ctx = {
    signal: life.signal,
    onInvalidated: (cb: () => void) => life.signal.addEventListener('abort', cb),
    addEventListener: (target: EventTarget, type: string, cb: EventListener) => target.addEventListener(type, cb, { signal: life.signal }),
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => life.abort() };
}

let stop: (() => void) | null = null;

async function setup() {
  stop?.();
  document.documentElement.innerHTML = buildTimelinePage(POSTS).replace(/^<!DOCTYPE html><html[^>]*>/, '').replace(/<\/html>$/, '');
  registry().clear();
  offScreen.clear();
  observerSilent = false;
  sent.length = 0;
  const { ctx, invalidate } = fakeContext();
  stop = invalidate;
  runFeatures(ctx);
  const articles = () => [...document.querySelectorAll('article[data-testid="tweet"]')];
  // Both brand posts labelled: the page is read in slices of a few milliseconds, possibly more than one.
  await until(() => expect(articles().slice(0, 2).every((a) => a.hasAttribute('data-kizuki-category'))).toBe(true));
  return { articles, invalidate };
}

// The chip's shadow root is closed (the page's scripts read `shadowRoot` as null): the test keeps
// each root as it is attached, the way only the content script itself can.
const shadowRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  shadowRoots.set(this, root);
  return root;
};
const chipHost = (article: Element) => article.querySelector('[data-kizuki-chip]');
const chipOf = (article: Element) => shadowRoots.get(chipHost(article)!) ?? null;

function highlighted(kind: string): string[] {
  return [...(registry().get(`kizuki-${kind}`) ?? [])].map((r) => r.toString());
}

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('content script features on an x.com-like page', () => {
  beforeEach(() => vi.useRealTimers());

  it('labels brand posts, highlights their own text, skips other posts, ads and quoted text, and reports them for the queue', async () => {
    const { articles } = await setup();
    const [a1, a2, a3, a4, a5] = articles();
    expect(a1!.getAttribute('data-kizuki-category')).toBe('complaint');
    expect(Number(a1!.getAttribute('data-kizuki-priority'))).toBeGreaterThan(0);
    expect(a2!.getAttribute('data-kizuki-category')).toBe('question');
    for (const a of [a3, a4, a5]) expect(a!.hasAttribute('data-kizuki-category')).toBe(false);
    expect(highlighted('brand').sort()).toEqual(['みどり電機', 'ミドリ電機']);
    expect(highlighted('urgent')).toEqual(['返金']);
    expect(chipOf(a1!)!.querySelector('[part~=mark]')!.textContent).toMatch(/対応済みにする|Mark handled/);
    // Closed: nothing on the page can find the chip's buttons.
    expect(chipHost(a1!)!.shadowRoot).toBeNull();
    expect(chipOf(a1!)!.mode).toBe('closed');
    await until(() => expect(sent.filter((r) => r.type === 'posts/seen')).toHaveLength(1));
    const seen = sent.find((r) => r.type === 'posts/seen') as Request<'posts/seen'>;
    expect(seen.posts.map((p) => p.postId).sort()).toEqual([POSTS[0]!.id, POSTS[1]!.id]);
  });

  it('asks for the state of a batch in ONE posts/state request and shows who handled a post by name', async () => {
    const { articles } = await setup();
    const a2 = articles()[1]!;
    await until(() => expect(a2.getAttribute('data-kizuki-handled')).toBe('team'));
    const stateRequests = sent.filter((r) => r.type === 'posts/state');
    expect(stateRequests).toEqual([{ type: 'posts/state', postIds: [POSTS[0]!.id, POSTS[1]!.id] }]);
    expect(chipOf(a2)!.querySelector('[part~=state]')!.textContent).toMatch(/鈴木 · (3分前|3 min ago)/);
    // Known states are not asked for again when X re-renders the same posts.
    a2.querySelector('[data-testid="tweetText"]')!.appendChild(document.createTextNode(''));
    await settle();
    expect(sent.filter((r) => r.type === 'posts/state')).toHaveLength(1);
  });

  it('X re-rendering a post it already shows writes nothing inside its chip; new words repaint it', async () => {
    const { articles } = await setup();
    const [a1, a2] = articles();
    await until(() => expect(a2!.getAttribute('data-kizuki-handled')).toBe('team'));
    const writes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => writes.push(...records));
    watch.observe(chipOf(a1!)!, { subtree: true, childList: true, attributes: true, characterData: true });
    a1!.querySelector('[data-testid="tweetText"]')!.appendChild(document.createTextNode(''));
    await settle();
    expect(writes).toEqual([]);
    expect(chipOf(a1!)!.querySelector('[part~=mark]')!.textContent).toMatch(/対応済みにする|Mark handled/);
    // The same chip with new words: painted again.
    a1!.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>ミドリ電機のアプリ、最高！</span>';
    await until(() => expect(chipOf(a1!)!.querySelector<HTMLElement>('[part~=cat]')!.dataset.category).toBe('praise'));
    watch.disconnect();
  });

  it('many posts in one frame are read in several short tasks; all are labelled, and their states asked for once', async () => {
    const { articles } = await setup();
    await until(() => expect(sent.filter((r) => r.type === 'posts/state')).toHaveLength(1));
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    document.documentElement.setAttribute('data-kizuki-measure', '');
    takeTimings();
    try {
      const many = Array.from({ length: 30 }, (_, i) => ({ id: String(200000000000000000n + BigInt(i)), handle: `u${i}`, name: `U${i}`, text: `ミドリ電機のルーター${i}台目が壊れた` }));
      // When each chip goes into the page and each highlight range into the registry.
      const chipsAt: number[] = [];
      const rangesAt: number[] = [];
      const insertBefore = Node.prototype.insertBefore;
      Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
        if (node instanceof Element && node.hasAttribute('data-kizuki-chip')) chipsAt.push(performance.now());
        return insertBefore.call(this, node, child) as T;
      };
      const add = FakeHighlight.prototype.add;
      FakeHighlight.prototype.add = function (this: FakeHighlight, range: Range) {
        rangesAt.push(performance.now());
        return add.call(this, range);
      };
      try {
        appendCellsInPage({ htmls: many.map(cellContentHtml) });
        await until(() => expect(articles().filter((a) => a.hasAttribute('data-kizuki-category'))).toHaveLength(32), 10_000);
        await until(() => expect(sent.filter((r) => r.type === 'posts/state')).toHaveLength(2), 10_000);
      } finally {
        Node.prototype.insertBefore = insertBefore;
        FakeHighlight.prototype.add = add;
      }
      const slices = takeTimings().batches;
      expect(slices.length).toBeGreaterThan(1);
      // The chips and highlights of a reading in several slices go into the page together, in one slice
      // (or one per 100 ms of a long reading): each slice that changed the page would cost X's page
      // a layout pass and a repaint of every highlighted post.
      const sliceOf = (t: number) => slices.findIndex((sl) => t >= sl.at && t <= sl.at + sl.total);
      expect(chipsAt).toHaveLength(30);
      expect(rangesAt.length).toBeGreaterThanOrEqual(30);
      const placing = new Set([...chipsAt, ...rangesAt].map(sliceOf));
      expect(placing.has(-1)).toBe(false);
      const lastingMs = slices.at(-1)!.at + slices.at(-1)!.total - slices[0]!.at;
      expect(placing.size).toBeLessThanOrEqual(1 + Math.floor(lastingMs / 100));
      expect(placing.size).toBeLessThan(slices.length);
      expect(slices.reduce((n, s) => n + s.brandPosts, 0)).toBe(30);
      expect((sent.filter((r) => r.type === 'posts/state')[1] as Request<'posts/state'>).postIds).toHaveLength(30);
    } finally {
      vi.unstubAllEnvs();
      document.documentElement.removeAttribute('data-kizuki-measure');
    }
  });

  it("an element a page script made to look like a chip is left alone, and the other posts' chips are painted", async () => {
    const { articles } = await setup();
    const [a1, a2] = articles();
    a1!.querySelector('[data-kizuki-chip]')!.remove();
    const fake = document.createElement('div');
    fake.setAttribute('data-kizuki-chip', '');
    fake.attachShadow({ mode: 'open' });
    a1!.prepend(fake);
    // X re-renders both posts, the second with new words: the fake host is not painted into; the
    // second post's chip follows its new text.
    a1!.querySelector('[data-testid="tweetText"]')!.appendChild(document.createTextNode(' '));
    a2!.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>みどり電機の洗濯機が壊れた、返金して</span>';
    await until(() => expect(chipOf(a2!)!.querySelector<HTMLElement>('[part~=cat]')!.dataset.category).toBe('complaint'));
    await settle();
    expect(fake.shadowRoot!.childNodes).toHaveLength(0);
    expect(a2!.querySelectorAll('[data-kizuki-chip]')).toHaveLength(1);
  });

  it('only posts near the viewport carry highlights: one scrolled far away keeps its label and chip, and gets its highlights back when it returns', async () => {
    const { articles } = await setup();
    const [a1, a2] = articles();
    await until(() => expect(highlighted('brand').sort()).toEqual(['みどり電機', 'ミドリ電機'].sort()));
    scrollTo(a1!, false);
    expect(highlighted('brand')).toEqual(['みどり電機']);
    expect(highlighted('urgent')).toEqual([]);
    expect(a1!.getAttribute('data-kizuki-category')).toBe('complaint');
    expect(chipHost(a1!)).not.toBeNull();
    scrollTo(a1!, true);
    expect(highlighted('brand').sort()).toEqual(['みどり電機', 'ミドリ電機'].sort());
    expect(highlighted('urgent')).toEqual(['返金']);

    // Re-read while far away (X changed its words): nothing shown until it comes near, then its new words.
    scrollTo(a2!, false);
    a2!.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>みどり電機の洗濯機が壊れた、至急返金して</span>';
    await until(() => expect(a2!.getAttribute('data-kizuki-category')).toBe('complaint'));
    await settle();
    expect(highlighted('brand')).toEqual(['ミドリ電機']);
    scrollTo(a2!, true);
    expect(highlighted('brand').sort()).toEqual(['みどり電機', 'ミドリ電機'].sort());
    expect(highlighted('complaint')).toContain('壊れ');

    // A post just read is highlighted at once, before the observer has said where it is; then, far
    // away, its ranges are put aside.
    observerSilent = true;
    appendCellsInPage({ htmls: [cellContentHtml({ id: '100000000000000010', handle: 'n', name: 'N', text: 'ﾐﾄﾞﾘ電機のアプリ、最高！' })] });
    const added = articles().at(-1)!;
    await until(() => expect(added.getAttribute('data-kizuki-category')).toBe('praise'));
    expect(highlighted('brand')).toContain('ﾐﾄﾞﾘ電機');
    scrollTo(added, false);
    expect(highlighted('brand')).not.toContain('ﾐﾄﾞﾘ電機');

    // An article that stops holding a brand post is no longer watched.
    const [watcher] = observers;
    expect(watcher!.targets.has(a1!)).toBe(true);
    a1!.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>猫がかわいい</span>';
    await until(() => expect(a1!.hasAttribute('data-kizuki-category')).toBe(false));
    expect(watcher!.targets.has(a1!)).toBe(false);
  });

  it('a recycled cell loses the old post’s ranges, attributes and chip', async () => {
    await setup();
    const cell = document.querySelectorAll('[data-testid="cellInnerDiv"]')[0]!;
    cell.innerHTML = cellContentHtml({ id: '100000000000000009', handle: 'z', name: 'Z', text: '猫がかわいい' });
    await until(() => expect(highlighted('urgent')).toEqual([]));
    expect(highlighted('brand')).toEqual(['みどり電機']);
    expect(cell.querySelector('[data-kizuki-chip]')).toBeNull();
    expect(cell.querySelector('article')!.hasAttribute('data-kizuki-category')).toBe(false);
  });

  it("compiles the classifier's patterns in tasks of their own, after its build and before the first brand post is read", async () => {
    // The build's self-measurement (what the benchmarks read) says which task ran when.
    vi.stubEnv('WXT_KIZUKI_MEASURE', '1');
    document.documentElement.setAttribute('data-kizuki-measure', '');
    takeTimings();
    try {
      await setup();
      const { batches, later } = takeTimings();
      const warm = later.filter((l) => l.task === 'classifier-warm').map((l) => l.at);
      const build = later.filter((l) => l.task === 'classifier-build').map((l) => l.at);
      const firstRead = batches.find((b) => b.brandPosts > 0)!.at;
      expect(build).toHaveLength(2);
      expect(warm.length).toBeGreaterThan(0);
      expect(Math.min(...warm)).toBeGreaterThan(Math.max(...build));
      expect(Math.max(...warm)).toBeLessThan(firstRead);
    } finally {
      vi.unstubAllEnvs();
      document.documentElement.removeAttribute('data-kizuki-measure');
    }
  });

  it('the same article element re-rendered with another post is re-read from its current text', async () => {
    const { articles } = await setup();
    const a3 = articles()[2]!;
    a3.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>ミドリ電機のアプリ、最高！</span>';
    await until(() => expect(a3.getAttribute('data-kizuki-category')).toBe('praise'));
    expect(a3.querySelectorAll('[data-kizuki-chip]')).toHaveLength(1);
  });

  it('keeps the posts\' marks through a navigation that leaves them on the page, and leaves nothing behind when the extension goes away', async () => {
    const { articles, invalidate } = await setup();
    // The state request leaves after the batch's frame: the first page has asked before it is left.
    await until(() => expect(sent.filter((r) => r.type === 'posts/state')).toHaveLength(1));
    await until(() => expect(highlighted('brand')).toHaveLength(2));
    const host = chipHost(articles()[0]!);
    const asked = sent.length;
    // X's reply box and photos open over the timeline at a URL of their own.
    window.dispatchEvent(new Event('wxt:locationchange'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The same chip (not taken off and built again), the same highlights, nothing asked or reported again.
    expect(chipHost(articles()[0]!)).toBe(host);
    expect(articles()[0]!.getAttribute('data-kizuki-category')).toBe('complaint');
    expect(highlighted('brand')).toHaveLength(2);
    expect(sent.slice(asked).filter((r) => r.type === 'posts/state' || r.type === 'posts/seen')).toEqual([]);
    // What X shows after the navigation is read as before.
    appendCellsInPage({ htmls: [cellContentHtml({ id: '100000000000000011', handle: 'n', name: 'N', text: 'ミドリ電機のルーターが繋がらない' })] });
    const added = articles().at(-1)!;
    await until(() => expect(chipOf(added)).not.toBeNull());
    await until(() => expect(sent.slice(asked).filter((r) => r.type === 'posts/state')).toHaveLength(1));
    // A page with no posts at all: the ranges of the posts that left are let go.
    document.querySelector('[data-testid="primaryColumn"] > div')!.innerHTML = '';
    await until(() => expect([...registry().values()].reduce((n, h) => n + h.size, 0)).toBe(0));
    invalidate();
    expect(document.querySelector('[data-kizuki-chip], [data-kizuki-category], [data-kizuki-handled]')).toBeNull();
    expect(registry().size).toBe(0);
  });
});
