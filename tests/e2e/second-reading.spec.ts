import type { Page } from '@playwright/test';
import { test, expect, openSidePanel } from './support/extension';
import { readChip } from './support/chip';
import { routeX } from './support/x-routes';
import { buildTimelinePage, type TimelinePost } from './support/x-timeline';

// The background's second reading, end to end on the built extension: a brand post that states its
// trouble as a fact with no trouble word in it — which the page's rules alone call "other" — sits
// among the complaints in the queue, marked 再判定, and its chip says complaint; a plain mention of
// the brand stays "other"; no team corrections are involved.

const STAIN: TimelinePost = { id: '1900000000000014001', handle: 'new_owner', name: '新しもの好き', text: 'ミドリフォン、届いた日から液晶の隅に白いシミ出来てた' };
const PLAIN: TimelinePost = { id: '1900000000000014002', handle: 'flyer_fan', name: 'チラシ読み', text: 'ミドリ電機の新しいチラシ見た' };

const article = (page: Page, id: string) => page.locator(`article[data-testid="tweet"]:has(a[href*="/status/${id}"])`);
const row = (panel: Page, id: string) => panel.locator(`[data-testid="queue-item"][data-post-id="${id}"]`);

test('a brand post the rules call other, stating trouble as a fact, is queued as a complaint by the second reading', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await routeX(context, { '/home': buildTimelinePage([STAIN, PLAIN], { title: 'ホーム / X' }) });
  const x = await context.newPage();
  await x.goto('https://x.com/home');
  await panel.getByTestId('tab-queue').click();

  await expect(row(panel, STAIN.id).locator('.kz-badge')).toHaveText('苦情');
  await expect(row(panel, STAIN.id).getByTestId('queue-layer')).toHaveText('再判定');
  await expect.poll(async () => (await readChip(x, STAIN.id))?.category).toBe('complaint');
  await expect(article(x, STAIN.id)).toHaveAttribute('data-kizuki-category', 'other'); // what the page's rules alone said

  await expect(row(panel, PLAIN.id).locator('.kz-badge')).toHaveText('その他');
  await expect(row(panel, PLAIN.id).getByTestId('queue-layer')).toHaveCount(0);
  await expect.poll(async () => (await readChip(x, PLAIN.id))?.category).toBe('other');
});
