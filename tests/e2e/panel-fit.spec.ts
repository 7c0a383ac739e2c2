import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { openShift, queueItems, setOperator, SHIFT_POSTS } from './support/panel-data';
import { cutPlaceholders, horizontalOverflow, seriousAxeViolations, wordsBrokenMidWord } from './support/layout-checks';

// Every tab at 360 px (a narrow side panel), in Japanese and in English, with data in it: nothing
// scrolls sideways, no label is cut mid-word, no placeholder is cut, axe finds nothing serious, and
// each tab has a heading. Screenshots are kept as test artefacts.

const TABS = ['queue', 'inbox', 'history', 'reports', 'packs', 'settings'] as const;

/** Two handled posts (one escalated with a note) and one open composer: every tab has something to show. */
async function fillShift(panel: Page) {
  await setOperator(panel, '佐藤', 'サポート担当 佐藤');
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length);
  await panel.locator(`[data-post-id="${SHIFT_POSTS[0]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('handled-note').fill('回線障害の可能性。技術部門に確認を依頼');
  await panel.getByTestId('handled-action').selectOption('escalated');
  await panel.getByTestId('mark-handled').click();
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length - 1);
  await panel.locator(`[data-post-id="${SHIFT_POSTS[1]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('template-option').first().click();
  await panel.getByTestId('mark-handled').click();
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length - 2);
  // The queue tab is shown with its composer open on the long Latin post.
  await panel.locator(`[data-post-id="${SHIFT_POSTS[4]!.id}"] .kz-item-select`).click();
  await panel.getByTestId('template-option').first().click();
}

for (const uiLocale of ['ja-JP', 'en-US']) {
  const lang = uiLocale.slice(0, 2);
  test.describe(`panel at 360 px, ${lang}`, () => {
    test.use({ uiLocale });
    test(`every tab fits, keeps words whole, and has no serious axe violation (${lang})`, async ({ context, extensionId }) => {
      test.setTimeout(120_000);
      const { panel } = await openShift(context, extensionId);
      await panel.setViewportSize({ width: 360, height: 900 });
      await fillShift(panel);
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);

      for (const tab of TABS) {
        await panel.getByTestId(`tab-${tab}`).click();
        await expect(panel.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        await panel.waitForTimeout(300);
        await panel.screenshot({ path: test.info().outputPath(`panel-360-${lang}-${tab}.png`), fullPage: true });
        expect.soft(await horizontalOverflow(panel), `${tab}: sideways overflow`).toEqual([]);
        expect.soft(await wordsBrokenMidWord(panel), `${tab}: words broken`).toEqual([]);
        expect.soft(await cutPlaceholders(panel), `${tab}: placeholders cut`).toEqual([]);
        expect.soft(await seriousAxeViolations(panel), `${tab}: axe`).toEqual([]);
        expect.soft(await panel.locator('main h1, main h2').count(), `${tab}: heading`).toBeGreaterThan(0);
        // Tab labels on one line each.
        const heights = await panel.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().height));
        expect.soft(Math.max(...heights) - Math.min(...heights), `${tab}: tab labels wrap`).toBeLessThan(2);
      }
      // 320 and 480 px: still no sideways scroll on the queue with the composer.
      await panel.getByTestId('tab-queue').click();
      for (const width of [320, 480]) {
        await panel.setViewportSize({ width, height: 900 });
        expect.soft(await horizontalOverflow(panel), `queue at ${width}`).toEqual([]);
      }
    });
  });
}

test('everything in the queue works by keyboard alone with a visible focus ring (Tab order)', async ({ context, extensionId }) => {
  const { panel } = await openShift(context, extensionId);
  await expect(queueItems(panel)).toHaveCount(SHIFT_POSTS.length);
  const seen: { testid: string | null; ring: boolean }[] = [];
  for (let i = 0; i < 14; i++) {
    await panel.keyboard.press('Tab');
    seen.push(await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { testid: el.getAttribute('data-testid') ?? el.className, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    }));
  }
  expect(seen.filter((s) => !s.ring)).toEqual([]);
  expect(seen.map((s) => s.testid)).toContain('tab-queue');
});
