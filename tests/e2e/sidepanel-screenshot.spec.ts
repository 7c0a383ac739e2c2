import path from 'node:path';
import { test, expect } from './support/extension';
import { openShift, setOperator, SHIFT_POSTS } from './support/panel-data';

// The README's picture of the panel: the queue and the composer, 400 px wide (Chrome's side panel is
// 360–420 px wide in practice). Written to docs/ only when asked (UPDATE_SCREENSHOTS=1), so a test run
// never changes the repository; otherwise it goes to test-results/. Japanese needs fonts-noto-cjk.

// The first four posts of the shared shift: a complaint, a question, a thank-you and a request.
const POSTS = SHIFT_POSTS.slice(0, 4);

test('screenshot of the panel with the queue and the composer', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId, POSTS);
  await panel.setViewportSize({ width: 400, height: 1000 });
  await setOperator(panel);

  await expect(panel.getByTestId('queue-item')).toHaveCount(POSTS.length);
  await panel.locator(`[data-post-id="${POSTS[0]!.id}"] .kz-item-select`).click();
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
  const { panel } = await openShift(context, extensionId, POSTS);
  await panel.setViewportSize({ width: 400, height: 820 });
  await setOperator(panel);
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
