// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  appendCellsInPage, buildStatusPage, buildTimelinePage, cellContentHtml, navigateInPage, recycleCellInPage,
  timelineSectionHtml, type TimelinePost,
} from '../e2e/support/x-timeline';
import { extractPost, isAd } from '../../lib/x/extract';
import { checkMarkupHealth } from '../../lib/x/markup-health';
import { CELL, POST, TIMELINE_LIST } from '../../lib/x/selectors';

const posts: TimelinePost[] = [
  {
    id: '1900000000000000001', handle: 'hanako_t', name: 'はなこ', time: '2026-01-20T01:02:03.000Z',
    text: 'ミドリ電機のルーター壊れた😭 #ミドリ電機 @midori_support https://example.jp/support/router-faq?id=42 返金して',
    counts: { replies: 3, reposts: 1234, likes: 8783 }, socialContext: 'サポート担当さんがリポストしました',
  },
  { id: '1900000000000000002', handle: 'taro_y', name: '山田太郎', text: 'これ本当？', quote: { handle: 'midori_pr', name: 'ミドリ電機', text: '新製品です🎉' } },
  { id: '1900000000000000003', handle: 'acme_ads', name: 'ACME', text: '広告です', ad: true },
  { id: '1900000000000000004', handle: 'kenji_k', name: 'Kenji', text: 'Unboxing 👍🏽 $MDR', lang: 'en', video: true },
];

function load(html: string): void {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}
const extractAll = () => [...document.querySelectorAll(POST)].map((a) => extractPost(a));

describe('buildTimelinePage', () => {
  it('produces a page without scripts, with X’s timeline structure', () => {
    const html = buildTimelinePage(posts);
    expect(html).not.toMatch(/<script/i);
    load(html);
    expect(document.querySelectorAll(`[data-testid="primaryColumn"] ${TIMELINE_LIST} > ${CELL}`)).toHaveLength(4);
    expect(document.querySelector('section[role="region"] > h1 + div[aria-label]')).not.toBeNull();
  });

  it('renders posts that Kizuki reads back exactly as written', () => {
    load(buildTimelinePage(posts));
    const [first, quoting, ad, video] = extractAll();
    expect(first).toMatchObject({
      id: posts[0]!.id, handle: 'hanako_t', displayName: 'はなこ', lang: 'ja', publishedAt: Date.parse(posts[0]!.time!),
      counts: { replies: 3, reposts: 1234, likes: 8783 }, socialContext: 'サポート担当さんがリポストしました',
      // The link shows its first 23 characters; the rest is in aria-hidden spans, as on X.
      text: 'ミドリ電機のルーター壊れた😭 #ミドリ電機 @midori_support example.jp/support/rout 返金して',
    });
    expect(document.querySelector('[data-testid="tweetText"] img')?.getAttribute('alt')).toBe('😭');
    expect(quoting).toMatchObject({ text: 'これ本当？', quote: { handle: 'midori_pr', text: '新製品です🎉' } });
    expect(ad).toBeNull();
    expect(isAd(document.querySelectorAll(POST)[2]!)).toBe(true);
    expect(video).toMatchObject({ text: 'Unboxing 👍🏽 $MDR', lang: 'en' });
    expect(document.querySelector(`${POST} [data-testid="placementTracking"] [data-testid="videoPlayer"]`)).not.toBeNull();
  });

  it('escapes post text so it is never markup', () => {
    load(buildTimelinePage([{ id: '1', handle: 'x', name: '<b>n</b>', text: '<img src=x onerror=alert(1)> & "q"' }]));
    expect(extractAll()[0]).toMatchObject({ text: '<img src=x onerror=alert(1)> & "q"', displayName: '<b>n</b>' });
  });
});

describe('buildStatusPage', () => {
  it('opens the focal post first, then replies', () => {
    load(buildStatusPage(posts[0]!, [posts[1]!]));
    const [focal, reply] = extractAll();
    expect(focal).toMatchObject({ id: posts[0]!.id, isFocal: true });
    expect(reply).toMatchObject({ id: posts[1]!.id, isFocal: false });
  });
});

describe('in-page helpers (recycle, append, navigate)', () => {
  it('recycles a cell: same element, another post', () => {
    load(buildTimelinePage(posts));
    const cell = document.querySelectorAll(CELL)[0];
    const next: TimelinePost = { id: '1900000000000000009', handle: 'new_user', name: '新', text: '別のポスト' };
    expect(recycleCellInPage({ index: 0, html: cellContentHtml(next) })).toBe(true);
    expect(document.querySelectorAll(CELL)[0]).toBe(cell);
    expect(extractPost(cell!.querySelector(POST)!)).toMatchObject({ id: next.id, text: '別のポスト' });
    expect(recycleCellInPage({ index: 99, html: '' })).toBe(false);
  });

  it('appends cells for infinite scroll, positioned like X’s', () => {
    load(buildTimelinePage(posts.slice(0, 1)));
    const more = posts.slice(1).map(cellContentHtml);
    expect(appendCellsInPage({ htmls: more })).toBe(4);
    const last = [...document.querySelectorAll<HTMLElement>(CELL)].at(-1)!;
    expect(last.style.position).toBe('absolute');
    expect(last.style.transform).toMatch(/^translateY\(\d+px\)$/);
    expect(checkMarkupHealth(document)).toMatchObject({ cells: 4, recognised: 4, broken: false });
  });

  it('navigates client-side: pushState, new title, timeline swapped, no reload', () => {
    load(buildTimelinePage(posts));
    const marker = document.body;
    navigateInPage({ path: '/search?q=ミドリ電機&f=live', title: '"ミドリ電機" - 検索 / X', sectionHtml: timelineSectionHtml([posts[1]!], '検索結果') });
    expect(location.pathname).toBe('/search');
    expect(document.title).toBe('"ミドリ電機" - 検索 / X');
    expect(document.body).toBe(marker);
    expect(extractAll().map((p) => p?.id)).toEqual([posts[1]!.id]);
  });
});
