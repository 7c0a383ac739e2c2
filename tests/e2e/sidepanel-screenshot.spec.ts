import path from 'node:path';
import { test, expect, openSidePanel } from './support/extension';
import { routeX } from './support/x-routes';
import { buildTimelinePage, type TimelinePost } from './support/x-timeline';

// The README's picture of the panel: the queue and the composer, 400 px wide (Chrome's side panel is
// 360–420 px wide in practice). Written to docs/ only when asked (UPDATE_SCREENSHOTS=1), so a test run
// never changes the repository; otherwise it goes to test-results/. Japanese needs fonts-noto-cjk.

const POSTS: TimelinePost[] = [
  { id: '1860000000000000101', handle: 'yamada_t', name: '山田太郎', text: 'ミドリモバイルのSIMが認識されない…昨日から圏外のまま。仕事で使うので至急なんとかしてほしい', time: new Date(Date.now() - 4 * 60_000).toISOString() },
  { id: '1860000000000000102', handle: 'q_mika', name: '美香', text: 'ミドリ電機のルーターって機種変更の手順どこに載ってますか？', time: new Date(Date.now() - 12 * 60_000).toISOString() },
  { id: '1860000000000000103', handle: 'fan_hana', name: '花子', text: 'ミドリ電機の店員さんがとても親切でした！ありがとう😊', time: new Date(Date.now() - 40 * 60_000).toISOString() },
  { id: '1860000000000000104', handle: 'kenji_w', name: 'けんじ', text: 'ミドリフォンの実店舗での予約開始はいつですか？ポイント還元もあると嬉しい', time: new Date(Date.now() - 95 * 60_000).toISOString() },
];

test('screenshot of the panel with the queue and the composer', async ({ context, extensionId }) => {
  await routeX(context, { '/search': buildTimelinePage(POSTS, { title: '"ミドリ" - 検索 / X' }) });
  const x = await context.newPage();
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA');
  const panel = await openSidePanel(context, extensionId);
  await panel.setViewportSize({ width: 400, height: 1000 });

  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('operator-name').fill('佐藤');
  await panel.getByTestId('operator-signature').fill('サポート担当 佐藤');
  await panel.getByTestId('operator-save').click();
  await panel.getByTestId('tab-queue').click();

  await expect(panel.getByTestId('queue-item')).toHaveCount(POSTS.length);
  await panel.locator('[data-post-id="1860000000000000101"] .kz-item-select').click();
  await panel.getByTestId('template-option').first().click();
  const draft = panel.getByTestId('draft');
  await draft.fill((await draft.inputValue()).replace('状況を確認いたします', '絶対に状況を確認いたします'));
  await expect(panel.locator('[data-testid="finding"][data-code="ng-word"]')).toBeVisible();
  // No horizontal scrolling anywhere in the side panel's usual widths.
  for (const width of [360, 420, 400]) {
    await panel.setViewportSize({ width, height: 1000 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  const out = process.env.UPDATE_SCREENSHOTS
    ? path.resolve(import.meta.dirname, '../../docs/screenshot-panel.png')
    : test.info().outputPath('screenshot-panel.png');
  await panel.screenshot({ path: out, fullPage: true });
  await panel.setViewportSize({ width: 360, height: 1000 });
  await panel.screenshot({ path: test.info().outputPath('screenshot-panel-360.png'), fullPage: true });
});

// The keyboard flow as a short sequence of frames (README): j to move, Enter to open, 1 for a
// template, then h to mark handled. Written to docs/ with UPDATE_SCREENSHOTS=1 like the picture above.
test('frames of the keyboard flow at panel width', async ({ context, extensionId }) => {
  await routeX(context, { '/search': buildTimelinePage(POSTS, { title: '"ミドリ" - 検索 / X' }) });
  const x = await context.newPage();
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA');
  const panel = await openSidePanel(context, extensionId);
  await panel.setViewportSize({ width: 400, height: 820 });
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('operator-name').fill('佐藤');
  await panel.getByTestId('operator-signature').fill('サポート担当 佐藤');
  await panel.getByTestId('operator-save').click();
  await panel.getByTestId('tab-queue').click();
  await expect(panel.getByTestId('queue-item')).toHaveCount(POSTS.length);
  await panel.locator('body').click({ position: { x: 2, y: 300 } });

  const frame = async (n: number) => {
    const out = process.env.UPDATE_SCREENSHOTS
      ? path.resolve(import.meta.dirname, `../../docs/keyboard-${n}.png`)
      : test.info().outputPath(`keyboard-${n}.png`);
    await panel.waitForTimeout(250);
    await panel.screenshot({ path: out });
  };
  await panel.keyboard.press('?');
  await expect(panel.getByTestId('shortcut-help')).toBeVisible();
  await frame(1);
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('j');
  await expect(panel.locator('[data-testid="queue-item"][data-cursor]')).toHaveAttribute('data-post-id', POSTS[1]!.id);
  await frame(2);
  await panel.keyboard.press('k');
  await panel.keyboard.press('Enter');
  await expect(panel.getByTestId('template-option').first()).toBeVisible();
  await panel.keyboard.press('1');
  await expect(panel.getByTestId('draft')).not.toHaveValue('');
  await frame(3);
  await panel.keyboard.press('h');
  await expect(panel.getByTestId('undo-mark')).toBeVisible();
  await frame(4);
});
