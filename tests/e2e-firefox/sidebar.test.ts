import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { buildTimelinePage, type TimelinePost } from '../e2e/support/x-timeline';
import {
  clickToolbarButton,
  launchFirefox,
  openSidebarPage,
  pressPanelShortcut,
  routeXPage,
  sidebarState,
  waitFor,
  type FirefoxWithExtension,
  type SidebarState,
} from './support/firefox';
import { article, setOperatorInSidebar } from './support/x-page';

// Kizuki's sidebar in Firefox: the toolbar button and Alt+Shift+K open it; its page shows the queue
// of the x.com tab, drafts a reply with live checks and marks the post handled.

const POSTS: TimelinePost[] = [
  { id: '1970000000000000101', handle: 'fan_hana', name: '花子', text: 'ミドリ電機の店員さんがとても親切でした！ありがとう😊' },
  { id: '1970000000000000102', handle: 'angry_ken', name: '健', text: 'ミドリ電機のルーター、買って三日で壊れた。サポートに電話つながらないし最悪。至急なんとかしてほしい' },
  { id: '1970000000000000103', handle: 'unrelated', name: '無関係', text: '今日はいい天気ですね。散歩に行きます。' },
];
const COMPLAINT = POSTS[1]!.id;

let fx: FirefoxWithExtension;
let x: Page;

before(async () => {
  fx = await launchFirefox();
  x = await fx.browser.newPage();
  await routeXPage(x, { '/search': buildTimelinePage(POSTS, { title: '"ミドリ電機" - 検索 / X', heading: '検索タイムライン' }) });
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA%E9%9B%BB%E6%A9%9F');
  await waitFor(() => x.$(`${article(COMPLAINT)}[data-kizuki-category]`), 15_000, 'the complaint to be marked');
});
after(async () => fx?.close());

const kizukiSidebar = (s: SidebarState) => s.open && /kizuki/.test(s.id) && s.url === `${fx.origin}/sidepanel.html`;
const untilSidebar = (open: boolean) =>
  waitFor(async () => {
    const s = await sidebarState(x);
    return (open ? kizukiSidebar(s) : !s.open) && s;
  }, 5_000, `the sidebar to ${open ? 'open on Kizuki' : 'close'}`);

test('Alt+Shift+K and the toolbar button open (and close) Kizuki’s sidebar', async () => {
  await x.bringToFront();
  assert.equal((await sidebarState(x)).open, false);
  await pressPanelShortcut(x);
  await untilSidebar(true);
  await pressPanelShortcut(x);
  await untilSidebar(false);
  await clickToolbarButton(x);
  await untilSidebar(true);
  await clickToolbarButton(x);
  await untilSidebar(false);
});

const queueIds = (panel: Page) =>
  panel.$$eval('[data-testid="queue-item"]', (items) => items.map((i) => (i as HTMLElement).dataset.postId));

test('the sidebar page lists the queue, drafts a checked reply and marks the post handled', async () => {
  await setOperatorInSidebar(fx, '佐藤');
  const panel = await openSidebarPage(fx);
  await waitFor(async () => (await queueIds(panel)).length === 2, 10_000, 'two brand posts in the queue');
  // Most urgent first; the post without the brand is not queued.
  assert.deepEqual(await queueIds(panel), [COMPLAINT, POSTS[0]!.id]);

  await (await panel.waitForSelector(`[data-post-id="${COMPLAINT}"] .kz-item-select`))!.click();
  await panel.waitForSelector('[data-testid="composer"]');
  await panel.select('[data-testid="tone-picker"]', 'formal');
  await (await panel.waitForSelector('[data-testid="template-option"]'))!.click();
  const draftValue = () => panel.$eval('[data-testid="draft"]', (d) => (d as HTMLTextAreaElement).value);
  await waitFor(async () => /^健様\n/.test(await draftValue()), 5_000, 'the template filled for 健');

  // An NG word typed into the draft is flagged, and its one-click fix rewrites it.
  await panel.$eval('[data-testid="draft"]', (d) => {
    const area = d as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  await panel.keyboard.type('絶対に直します。');
  const ng = '[data-testid="finding"][data-code="ng-word"]';
  await waitFor(async () => (await panel.$eval(ng, (f) => f.textContent ?? '').catch(() => '')).includes('絶対'), 5_000, 'the NG-word finding');
  await (await panel.waitForSelector(`${ng} [data-testid="apply-fix"]`))!.click();
  await waitFor(async () => (await panel.$(ng)) === null, 5_000, 'the finding to go');
  assert.match(await draftValue(), /できる限り直します。$/);
  assert.match(await panel.$eval('[data-testid="length-counter"]', (c) => c.textContent ?? ''), /^\d+\/280$/);

  // Marked handled from the panel: it leaves the queue, and the post on x.com shows who handled it.
  await (await panel.waitForSelector('[data-testid="mark-handled"]'))!.click();
  await waitFor(async () => (await queueIds(panel)).length === 1, 5_000, 'the post to leave the queue');
  await waitFor(() => x.$(`${article(COMPLAINT)}[data-kizuki-handled="mine"]`), 5_000, 'the x.com post to show as handled');
});
