import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openSidePanel } from './support/extension';
import { INTENT_PAGE, queueItems, setOperator } from './support/panel-data';
import { chipText, pressChip } from './support/chip';
import { routeX } from './support/x-routes';
import { appendCellsInPage, buildTimelinePage, cellContentHtml, type TimelinePost } from './support/x-timeline';

// The whole path: the real content script reads a routed x.com page, the background stores what it
// saw, and the side panel (opened as a page of the same browser) shows the queue and drafts replies.

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> ミドリ電機の新製品';

const POSTS: TimelinePost[] = [
  { id: '1860000000000000001', handle: 'fan_hana', name: '花子', text: 'ミドリ電機の店員さんがとても親切でした！ありがとう😊' },
  { id: '1860000000000000002', handle: 'angry_ken', name: '健', text: 'ミドリ電機のルーター、買って三日で壊れた。サポートに電話つながらないし最悪。至急なんとかしてほしい' },
  { id: '1860000000000000003', handle: 'q_mika', name: '美香', text: 'ミドリ電機のルーターって機種変更の手順どこに載ってますか？' },
  { id: '1860000000000000004', handle: 'unrelated', name: '無関係', text: '今日はいい天気ですね。散歩に行きます。' },
  { id: '1860000000000000005', handle: 'tricky', name: 'テスト', text: XSS },
];

async function openTimeline(context: BrowserContext): Promise<Page> {
  await routeX(context, {
    '/search': buildTimelinePage(POSTS, { title: '"ミドリ電機" - 検索 / X', heading: '検索タイムライン' }),
    '/intent/post': INTENT_PAGE,
  });
  const x = await context.newPage();
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA%E9%9B%BB%E6%A9%9F');
  await expect(x.locator('article[data-testid="tweet"]')).toHaveCount(POSTS.length);
  return x;
}

const LATER: TimelinePost = { id: '1860000000000000006', handle: 'late_rei', name: '玲', text: 'ミドリ電機のポイント還元っていつまでですか？' };

test('the queue lists the brand posts of the x.com tab, most urgent first, and follows the scroll', async ({ context, extensionId }) => {
  const x = await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  await expect(queueItems(panel)).toHaveCount(4);
  const ids = await queueItems(panel).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.postId));
  expect(ids).not.toContain('1860000000000000004');
  // Each row as the page has it: where the list put it (its index, its place on screen) beside its
  // priority, so that a row out of order says whether the list's order or its rendering was wrong.
  const rows = await queueItems(panel).evaluateAll((els) =>
    els.map((e) => {
      // React's own idea of the row's place among its siblings, from the fiber it keeps on the element.
      const fiberKey = Object.keys(e).find((k) => k.startsWith('__reactFiber$'));
      const item = fiberKey ? (e as unknown as Record<string, { return?: { index: number; key: string | null } }>)[fiberKey]?.return : undefined;
      return { id: (e as HTMLElement).dataset.postId, index: (e as HTMLElement).dataset.index, top: (e as HTMLElement).style.transform, priority: Number(e.querySelector('.kz-priority-n')?.textContent), fiber: item ? `${item.index}:${item.key}` : null };
    }),
  );
  const priorities = rows.map((r) => r.priority);
  expect(priorities, JSON.stringify(rows)).toEqual([...priorities].sort((a, b) => b - a));
  // The angry, urgent complaint comes before the thank-you.
  expect(ids.indexOf('1860000000000000002')).toBeLessThan(ids.indexOf('1860000000000000001'));
  const complaint = queueItems(panel).filter({ hasText: '@angry_ken' });
  await expect(complaint).toContainText('健');
  await expect(complaint.locator('a')).toHaveAttribute('href', /\/angry_ken\/status\/1860000000000000002$/);
  await expect(panel.getByTestId('filter-all')).toContainText('4');

  // Scrolling X loads more posts: the queue follows without a reload.
  await x.evaluate(appendCellsInPage, { htmls: [cellContentHtml(LATER)] });
  await expect(queueItems(panel)).toHaveCount(5);
  await expect(panel.locator(`[data-post-id="${LATER.id}"]`)).toContainText('@late_rei');
});

test('the queue does not forget: opening a post in a new tab, reloading, closing the tab keep it as it was', async ({ context, extensionId }) => {
  const x = await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  await expect(queueItems(panel)).toHaveCount(4);

  // The operator opens one of the posts in a new tab (X's own post page): the queue stays the whole queue.
  const complaint = POSTS[1]!;
  await routeX(context, { [`/${complaint.handle}/status/${complaint.id}`]: buildTimelinePage([complaint], { title: `${complaint.name}さん: 「${complaint.text}」 / X`, heading: 'ポスト' }) });
  const postTab = await context.newPage();
  await postTab.goto(`https://x.com/${complaint.handle}/status/${complaint.id}`);
  await expect(postTab.locator('[data-kizuki-chip]')).toHaveCount(1);
  await panel.bringToFront();
  // The queue as it is now (read here, not at first sight: a worker that has just started stores the
  // first posts with the rules' reading and relabels them once its second reading is ready).
  const before = await queueItems(panel).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.postId));
  await panel.reload();
  await expect(queueItems(panel)).toHaveCount(4);
  expect(await queueItems(panel).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.postId))).toEqual(before);

  // Closing both x.com tabs forgets nothing either: the queue is what the operator saw, not what is open.
  await postTab.close();
  await x.close();
  await panel.reload();
  await expect(queueItems(panel)).toHaveCount(4);
  expect(await queueItems(panel).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.postId))).toEqual(before);
});

test('post text with HTML or script is shown as text in the panel', async ({ context, extensionId }) => {
  await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  const item = panel.locator('[data-post-id="1860000000000000005"] [data-testid="queue-item-text"]');
  await expect(item).toHaveText(XSS);
  expect(await panel.locator('[data-testid="queue-view"] img, [data-testid="queue-view"] script').count()).toBe(0);
  expect(await panel.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('picking a post, a template and a tone fills the draft; an NG word is flagged and fixed; Reply on X opens the intent', async ({ context, extensionId }) => {
  const x = await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  await setOperator(panel, '佐藤', 'サポート担当 佐藤');

  const complaint = panel.locator('[data-post-id="1860000000000000002"]');
  await complaint.locator('.kz-item-select').click();
  await expect(complaint).toHaveAttribute('aria-current', 'true');
  await expect(panel.getByTestId('composer')).toBeVisible();
  // Selecting scrolls X to the post and marks it there.
  await expect(x.locator('article[data-testid="tweet"]').nth(1)).toBeInViewport();

  await panel.getByTestId('tone-picker').selectOption('formal');
  await panel.getByTestId('template-option').first().click();
  const draft = panel.getByTestId('draft');
  await expect(draft).toHaveValue(/^健様\n/);
  await expect(draft).toHaveValue(/サポート担当 佐藤/);
  await expect(draft).not.toHaveValue(/\{\{|⟦/);
  await expect(panel.getByTestId('length-counter')).toHaveText(/^\d+\/280$/);

  await panel.getByTestId('tone-picker').selectOption('casual');
  await expect(draft).toHaveValue(/^@angry_ken 健さん/);

  await draft.fill(`${await draft.inputValue()}絶対に直します。`);
  const ng = panel.locator('[data-testid="finding"][data-code="ng-word"]');
  await expect(ng).toContainText('絶対');
  // The fix is shown before it is applied, with the particle that belongs to the word.
  await expect(ng.getByTestId('fix-preview')).toHaveText('絶対に → できる限り');
  await ng.getByTestId('apply-fix').click();
  await expect(ng).toHaveCount(0);
  await expect(draft).toHaveValue(/できる限り直します。$/);
  const finalDraft = await draft.inputValue();

  const [intent] = await Promise.all([context.waitForEvent('page'), panel.getByTestId('reply-on-x').click()]);
  // A tab opened by tabs.create starts at about:blank before it navigates.
  await intent.waitForURL(/^https:\/\/x\.com\/intent\/post/);
  const url = new URL(intent.url());
  expect(url.origin + url.pathname).toBe('https://x.com/intent/post');
  expect(url.searchParams.get('in_reply_to')).toBe('1860000000000000002');
  expect(url.searchParams.get('text')).toBe(finalDraft);
});

test("the chip's Reply selects the post in the panel; marked handled it leaves the queue and warns when reopened", async ({ context, extensionId }) => {
  const x = await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  await setOperator(panel, '佐藤', '');
  await expect(queueItems(panel)).toHaveCount(4);

  const chipReply = () => pressChip(x, POSTS[2]!.id, '返信');
  await chipReply();
  await expect(panel.getByTestId('composer-post')).toContainText('@q_mika');

  const markAsDm = async () => {
    await panel.getByTestId('handled-action').selectOption('dm');
    await panel.getByTestId('handled-note').fill('DMで手順を案内');
    await panel.getByTestId('mark-handled').click();
    await expect(panel.getByTestId('composer')).toHaveCount(0);
    await expect(queueItems(panel)).toHaveCount(3);
    await expect(panel.locator('[data-post-id="1860000000000000003"]')).toHaveCount(0);
  };
  await markAsDm();
  // Undo within a few seconds brings the post back.
  await panel.getByTestId('undo-mark').click();
  await expect(queueItems(panel)).toHaveCount(4);
  await panel.locator('[data-post-id="1860000000000000003"] .kz-item-select').click();
  await markAsDm();

  // The operator sees the chip take the mark made in the panel before reaching for its Reply (the
  // state replaces 「対応済みにする」 and moves 「返信」 sideways; a click aimed before that misses).
  await expect.poll(() => chipText(x, POSTS[2]!.id)).toContain('対応済み · 佐藤');
  await chipReply();
  await expect(panel.getByTestId('handled-warning')).toContainText('佐藤');
  await expect(panel.getByTestId('handled-warning')).toContainText('DM');
  await expect(panel.getByTestId('draft')).toHaveCount(0);
  await panel.getByTestId('reply-anyway').click();
  await expect(panel.getByTestId('draft')).toBeVisible();
});

/** Writes a row straight into the extension's database from one of its pages (a teammate's claim). */
async function putRow(panel: Page, store: string, row: object) {
  await panel.evaluate(
    ([store, row]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kizuki');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store as string, 'readwrite');
          tx.objectStore(store as string).put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, row] as const,
  );
}

async function claimsOf(panel: Page, postId: string): Promise<{ operator: string }[]> {
  return panel.evaluate(
    (postId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kizuki');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('claims').objectStore('claims').getAll();
          req.onsuccess = () => (open.result.close(), resolve((req.result as { postId: string; operator: string }[]).filter((c) => c.postId === postId)));
        };
      }),
    postId,
  );
}

test("a teammate's claim shows in the queue and warns before replying; our own claim is released on close", async ({ context, extensionId }) => {
  await openTimeline(context);
  const panel = await openSidePanel(context, extensionId);
  await setOperator(panel, '佐藤', '');
  await expect(queueItems(panel)).toHaveCount(4);

  await putRow(panel, 'claims', { postId: '1860000000000000002', operator: 'suzuki', operatorName: '鈴木', expiresAt: Date.now() + 120_000 });
  // Written behind Dexie's back, so no live-query notice: reopen the panel as the operator would.
  await panel.reload();
  const claimed = panel.locator('[data-post-id="1860000000000000002"]');
  await expect(claimed.locator('.kz-claim')).toHaveText('鈴木さんが返信中');
  await claimed.locator('.kz-item-select').click();
  await expect(panel.getByTestId('claim-warning')).toContainText('鈴木さんが返信中');
  await expect(panel.getByTestId('draft')).toHaveCount(0);
  await panel.getByTestId('reply-anyway').click();
  await expect(panel.getByTestId('draft')).toBeVisible();
  expect(await claimsOf(panel, '1860000000000000002')).toEqual([expect.objectContaining({ operator: 'suzuki', operatorName: '鈴木' })]);

  await panel.locator('[data-post-id="1860000000000000003"] .kz-item-select').click();
  await expect.poll(() => claimsOf(panel, '1860000000000000003')).toEqual([expect.objectContaining({ operator: '佐藤', operatorName: '佐藤' })]);
  await panel.getByTestId('composer-close').click();
  await expect.poll(() => claimsOf(panel, '1860000000000000003')).toEqual([]);
});
