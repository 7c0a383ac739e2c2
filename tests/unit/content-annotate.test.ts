// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClassifier } from '@/lib/classify/classifier';
import { compileSpec } from '@/lib/classify/compile-spec';
import { packSchema } from '@/lib/pack/schema';
import demoPack from '@/lib/pack/demo-pack.json';
import type { Request } from '@/lib/contract/messages';
import { buildTimelinePage, cellContentHtml, type TimelinePost } from '../e2e/support/x-timeline';

// The annotator (extract → classify → highlight → chip) on an x.com-like page in jsdom. jsdom has no
// CSS Custom Highlight API, so a minimal stand-in records what the content script registers.

const sent: Request[] = [];
vi.mock('@/lib/contract/send', () => ({
  sendRequest: vi.fn(async (req: Request) => {
    sent.push(req);
    if (req.type === 'posts/state') {
      return { operator: '佐藤', states: Object.fromEntries(req.postIds.map((id) => [id, { handled: id.endsWith('2') ? [{ operator: '鈴木', handledAt: Date.now() - 180_000, action: 'replied' }] : [], claim: null }])) };
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

const { createAnnotator } = await import('@/lib/content/annotate-posts');
const { createHighlighter } = await import('@/lib/content/highlight');
const { createPostRegistry } = await import('@/lib/content/post-registry');
const { createStateStore } = await import('@/lib/content/post-state');

const classifier = createClassifier(compileSpec([packSchema.parse(demoPack)]));

const POSTS: TimelinePost[] = [
  { id: '100000000000000001', handle: 'a', name: 'A', text: 'ミドリ電機の洗濯機が動かない、返金して' },
  { id: '100000000000000002', handle: 'b', name: 'B', text: 'みどり電機のポイントっていつ付くの？' },
  { id: '100000000000000003', handle: 'c', name: 'C', text: '今日の夕飯はカレー' },
  { id: '100000000000000004', handle: 'd', name: 'D', text: 'ミドリ電機 セール中', ad: true },
  { id: '100000000000000005', handle: 'e', name: 'E', text: 'へえ', quote: { handle: 'q', name: 'Q', text: 'ミドリ電機で詐欺被害' } },
];

function setup() {
  document.documentElement.innerHTML = buildTimelinePage(POSTS).replace(/^<!DOCTYPE html><html[^>]*>/, '').replace(/<\/html>$/, '');
  registry().clear();
  sent.length = 0;
  const highlighter = createHighlighter();
  const posts = createPostRegistry();
  const states = createStateStore((ids) => annotator.repaint(ids));
  const seen: string[] = [];
  const annotator = createAnnotator({
    highlighter, registry: posts, states, flags: new Map(), onAction: () => {}, onSeen: (s) => seen.push(...s.map((p) => p.postId)),
  });
  annotator.setClassifier(classifier);
  const articles = () => [...document.querySelectorAll('article[data-testid="tweet"]')];
  return { annotator, articles, seen };
}

function highlighted(kind: string): string[] {
  return [...(registry().get(`kizuki-${kind}`) ?? [])].map((r) => r.toString());
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('annotating posts', () => {
  beforeEach(() => vi.useRealTimers());

  it('labels brand posts, highlights their own text, and skips other posts, ads and quoted text', async () => {
    const { annotator, articles, seen } = setup();
    annotator.annotate(articles());
    const [a1, a2, a3, a4, a5] = articles();
    expect(a1!.getAttribute('data-kizuki-category')).toBe('complaint');
    expect(Number(a1!.getAttribute('data-kizuki-priority'))).toBeGreaterThan(0);
    expect(a2!.getAttribute('data-kizuki-category')).toBe('question');
    for (const a of [a3, a4, a5]) expect(a!.hasAttribute('data-kizuki-category')).toBe(false);
    expect(highlighted('brand').sort()).toEqual(['みどり電機', 'ミドリ電機']);
    expect(highlighted('urgent')).toEqual(['返金']);
    expect(seen.sort()).toEqual([POSTS[0]!.id, POSTS[1]!.id]);
    expect(a1!.querySelector('[data-kizuki-chip]')!.shadowRoot!.querySelector('button.mark')!.textContent).toMatch(/対応済みにする|Mark handled/);
  });

  it('asks for the state of a batch in ONE posts/state request and shows who handled a post', async () => {
    const { annotator, articles } = setup();
    annotator.annotate(articles());
    await flush();
    const stateRequests = sent.filter((r) => r.type === 'posts/state');
    expect(stateRequests).toHaveLength(1);
    expect(stateRequests[0]).toEqual({ type: 'posts/state', postIds: [POSTS[0]!.id, POSTS[1]!.id] });
    const a2 = articles()[1]!;
    expect(a2.getAttribute('data-kizuki-handled')).toBe('鈴木');
    expect(a2.querySelector('[data-kizuki-chip]')!.shadowRoot!.querySelector('.state')!.textContent).toMatch(/鈴木 · (3分前|3 min ago)/);
    // Known states are not asked for again when the same posts are re-read.
    annotator.annotate(articles());
    await flush();
    expect(sent.filter((r) => r.type === 'posts/state')).toHaveLength(1);
  });

  it('a recycled cell loses the old post’s ranges, attributes and chip', async () => {
    const { annotator, articles } = setup();
    annotator.annotate(articles());
    const cell = document.querySelectorAll('[data-testid="cellInnerDiv"]')[0]!;
    cell.innerHTML = cellContentHtml({ id: '100000000000000009', handle: 'z', name: 'Z', text: '猫がかわいい' });
    annotator.annotate([cell.querySelector('article')!]);
    expect(highlighted('brand')).toEqual(['みどり電機']);
    expect(highlighted('urgent')).toEqual([]);
    expect(cell.querySelector('[data-kizuki-chip]')).toBeNull();
    expect(cell.querySelector('article')!.hasAttribute('data-kizuki-category')).toBe(false);
  });

  it('the same article element re-rendered with another post is re-read from its current text', () => {
    const { annotator, articles } = setup();
    annotator.annotate(articles());
    const a3 = articles()[2]!;
    a3.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>ミドリ電機のアプリ、最高！</span>';
    annotator.annotate([a3]);
    expect(a3.getAttribute('data-kizuki-category')).toBe('praise');
    expect(a3.querySelectorAll('[data-kizuki-chip]')).toHaveLength(1);
  });
});
