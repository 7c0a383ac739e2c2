import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openSidePanel } from './support/extension';
import { chipText, pressChip, readChip } from './support/chip';
import { routeX } from './support/x-routes';
import { buildTimelinePage, cellContentHtml, recycleCellInPage, type TimelinePost } from './support/x-timeline';

// The handled log end to end: the chip's "mark handled" on a routed x.com timeline, the record in the
// extension's IndexedDB, the state surviving a reload and a recycled cell, undo, and the side panel's
// history, report and CSV downloads showing it.

const POSTS: TimelinePost[] = [
  { id: '1900000000000004001', handle: 'tanaka_k', name: '田中', text: 'ミドリ電機の冷蔵庫が壊れた。返金してほしい', time: new Date(Date.now() - 20 * 60_000).toISOString() },
  { id: '1900000000000004002', handle: 'suzuki88', name: '鈴木', text: 'みどり電機のサポートって何時まで営業してますか' },
  { id: '1900000000000004003', handle: 'kato_m', name: '加藤', text: '#ミドリ電機 アプリにダークモードを追加してほしいです' },
];
const OTHER: TimelinePost = { id: '1900000000000004009', handle: 'mori', name: '森', text: 'ミドリ電機のイヤホン最高！ありがとう' };

interface StoredRecord { postId: string; operator: string; action: string; category: string; url: string; handledAt: number; publishedAt: number | null }

/** Reads the handled table straight from the extension's IndexedDB ('kizuki'), as stored. */
function storedRecords(panel: Page): Promise<StoredRecord[]> {
  return panel.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve, reject) => {
        const open = indexedDB.open('kizuki');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('handled', 'readonly').objectStore('handled').getAll();
          request.onsuccess = () => (resolve(request.result as StoredRecord[]), open.result.close());
        };
      }),
  );
}

const article = (page: Page, id: string) => page.locator(`article[data-testid="tweet"]:has(a[href*="/status/${id}"])`);
const chipOf = (page: Page, id: string) => article(page, id).locator('[data-kizuki-chip]');

/** The operator's name, typed into the settings form as a person would. */
async function setOperator(panel: Page, name: string): Promise<void> {
  await panel.getByTestId('tab-settings').click();
  const form = panel.getByTestId('operator-settings');
  await form.getByTestId('operator-name').fill(name);
  await form.getByTestId('operator-save').click();
  await expect(form.getByRole('status')).toBeVisible();
}

async function openTimeline(context: BrowserContext): Promise<Page> {
  await routeX(context, { '/home': buildTimelinePage(POSTS, { title: 'ホーム / X' }) });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect(chipOf(page, POSTS[0]!.id)).toBeVisible();
  return page;
}

async function download(panel: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([panel.waitForEvent('download'), click()]);
  return readFileSync((await file.path())!);
}

test('mark handled: chip, record, reload, recycled cell, undo, history, report and CSV', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await setOperator(panel, '佐藤');
  const page = await openTimeline(context);
  const [first, second] = POSTS as [TimelinePost, TimelinePost];

  // One click on the chip's real button marks it handled for this operator.
  await pressChip(page, first.id, '対応済みにする');
  await expect(article(page, first.id)).toHaveAttribute('data-kizuki-handled', 'mine');
  await expect.poll(() => chipText(page, first.id)).toMatch(/対応済み · 佐藤 · (たった今|\d+分前)/);
  await expect(article(page, second.id)).not.toHaveAttribute('data-kizuki-handled', /.*/);

  // The record is in the extension's database, with what the chip classified.
  const category = await article(page, first.id).getAttribute('data-kizuki-category');
  await expect.poll(() => storedRecords(panel)).toHaveLength(1);
  const [record] = await storedRecords(panel);
  expect(record).toMatchObject({ postId: first.id, operator: '佐藤', action: 'replied', category, url: `https://x.com/${first.handle}/status/${first.id}` });
  expect(record!.publishedAt).toBe(Date.parse(first.time!));

  // It stays handled after a reload…
  await page.reload();
  await expect(article(page, first.id)).toHaveAttribute('data-kizuki-handled', 'mine');
  await expect.poll(() => chipText(page, first.id)).toMatch(/対応済み · 佐藤/);
  expect((await readChip(page, first.id))?.buttons).not.toContain('対応済みにする');

  // …and when X recycles its cell for another post and later renders it again.
  await page.evaluate(recycleCellInPage, { index: 0, html: cellContentHtml(OTHER) });
  await expect(chipOf(page, OTHER.id)).toBeVisible();
  await expect(article(page, OTHER.id)).not.toHaveAttribute('data-kizuki-handled', /.*/);
  await page.evaluate(recycleCellInPage, { index: 0, html: cellContentHtml(first) });
  await expect(article(page, first.id)).toHaveAttribute('data-kizuki-handled', 'mine');

  // Undo: a second post marked and taken back leaves no record and its button returns.
  await pressChip(page, second.id, '対応済みにする');
  await expect(article(page, second.id)).toHaveAttribute('data-kizuki-handled', 'mine');
  await expect.poll(async () => (await storedRecords(panel)).length).toBe(2);
  await pressChip(page, second.id, '元に戻す');
  await expect(article(page, second.id)).not.toHaveAttribute('data-kizuki-handled', /.*/);
  await expect.poll(async () => (await readChip(page, second.id))?.buttons).toContain('対応済みにする');
  await expect.poll(async () => (await storedRecords(panel)).map((r) => r.postId)).toEqual([first.id]);

  // History shows the record, finds it by text, and links to the post on X.
  await panel.getByTestId('tab-history').click();
  const item = panel.getByTestId('history-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-post-id', first.id);
  await expect(item).toContainText('佐藤');
  await expect(item.getByRole('link', { name: 'Xで開く' })).toHaveAttribute('href', `https://x.com/${first.handle}/status/${first.id}`);
  await panel.getByTestId('history-search').fill('冷蔵庫');
  await expect(item).toHaveCount(1);
  await panel.getByTestId('history-search').fill('存在しない語');
  await expect(item).toHaveCount(0);
  await panel.getByTestId('history-search').fill('');
  await expect(item).toHaveCount(1);

  // The history CSV holds it, as Excel needs it: UTF-8 with a byte-order mark, in the operator's
  // Japanese, with the time as the browser's wall clock (which Excel reads as a date) beside the ISO one.
  const historyCsv = await download(panel, () => panel.getByTestId('history-export').click());
  expect([...historyCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const historyText = historyCsv.toString('utf8');
  const [header, line] = historyText.slice(1).split('\r\n');
  expect(header!.split(',').slice(0, 5)).toEqual(['対応日時', '対応日時（ISO 8601）', '担当者', '対応', 'カテゴリ']);
  const wallClock = await panel.evaluate((ms) => {
    const d = new Date(ms);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  }, record!.handledAt);
  const categoryJa = { complaint: '苦情', question: '質問', request: '要望', praise: '称賛', other: 'その他' }[category!];
  expect(categoryJa).toBeDefined();
  expect(line).toMatch(new RegExp(`^${wallClock},\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d,佐藤,返信,${categoryJa},`));
  expect(historyText).not.toMatch(/,(replied|complaint|question|request|praise|other),/);
  expect(historyText).toContain(`https://x.com/${first.handle}/status/${first.id}`);
  expect(historyText).toContain('ミドリ電機の冷蔵庫が壊れた。返金してほしい');

  // The report counts it: one post, by 佐藤, today, about 20 minutes after it was posted.
  await panel.getByTestId('tab-reports').click();
  await expect(panel.getByTestId('report-posts')).toHaveText('1');
  await expect(panel.getByTestId('report-median')).toHaveText(/^(19|20|21)\.\d分$/);
  await expect(panel.getByTestId('report-operators').getByRole('row', { name: /佐藤/ })).toContainText('1');
  await expect(panel.locator('[data-testid="report-daily-chart"] [data-total="1"]')).toHaveCount(1);
  const dailyCsv = (await download(panel, () => panel.getByTestId('report-csv-daily').click())).toString('utf8');
  expect(dailyCsv.startsWith('\uFEFF日付,苦情,質問,要望,称賛,その他,合計\r\n')).toBe(true);
  expect(dailyCsv.trimEnd().split('\r\n').at(-1)).toMatch(/,1$/);
});

test('without an operator name, marking is refused with a message on the chip and nothing is stored', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  const page = await openTimeline(context);
  await pressChip(page, POSTS[0]!.id, '対応済みにする');
  await expect.poll(async () => (await readChip(page, POSTS[0]!.id))?.error).toContain('担当者名');
  await expect(article(page, POSTS[0]!.id)).not.toHaveAttribute('data-kizuki-handled', /.*/);
  expect(await storedRecords(panel)).toEqual([]);
});

/** Writes a record straight into the extension's IndexedDB, as an old entry of the log would be. */
function putRecord(panel: Page, record: StoredRecord & Record<string, unknown>): Promise<void> {
  return panel.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kizuki');
        open.onsuccess = () => {
          const tx = open.result.transaction('handled', 'readwrite');
          tx.objectStore('handled').put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

test('retention purges old records on save; "delete all my data" empties the log and the chip follows', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await setOperator(panel, '佐藤');
  const page = await openTimeline(context);
  const first = POSTS[0]!;
  await pressChip(page, first.id, '対応済みにする');
  await expect(article(page, first.id)).toHaveAttribute('data-kizuki-handled', 'mine');
  const old = Date.now() - 400 * 86_400_000;
  await putRecord(panel, {
    postId: '1800000000000000001', operator: 'suzuki', operatorName: '鈴木', action: 'dm', category: 'question', url: 'https://x.com/a/status/1800000000000000001',
    authorHandle: 'a', priority: 10, brands: [], handledAt: old, publishedAt: null, sync: 'remote',
  });
  await expect.poll(async () => (await storedRecords(panel)).length).toBe(2);

  // Keep 30 days: the 400-day-old record goes at once, today's stays.
  const retention = panel.getByTestId('retention-settings');
  await retention.getByTestId('retention-days').fill('30');
  await retention.getByTestId('retention-save').click();
  await expect(retention.getByRole('status')).toContainText('1件削除');
  expect((await storedRecords(panel)).map((r) => r.postId)).toEqual([first.id]);

  // Delete everything, after a confirmation; the chip on x.com no longer shows the post as handled.
  await retention.getByTestId('delete-all').click();
  await expect(retention.getByRole('alertdialog')).toBeVisible();
  await retention.getByTestId('delete-all-confirm').click();
  await expect(retention.getByRole('status')).toContainText('削除しました');
  expect(await storedRecords(panel)).toEqual([]);
  await expect(article(page, first.id)).not.toHaveAttribute('data-kizuki-handled', /.*/);
  await expect.poll(async () => (await readChip(page, first.id))?.buttons).toContain('対応済みにする');
});
