import { test, expect, openSidePanel } from './support/extension';
import { routeX } from './support/x-routes';
import { buildTimelinePage, type TimelinePost } from './support/x-timeline';

// What the composer's checks say about a draft before the operator sends it: nothing pretends an empty
// draft is fine, and every fix says what it will change (or that it removes) before it is applied.

const POST: TimelinePost = { id: '1870000000000000001', handle: 'angry_ken', name: '健', text: 'ミドリ電機のルーター、三日で壊れた。最悪' };

test('an empty draft is not "no problems"; fixes are previewed and the emoji fix says it removes', async ({ context, extensionId }) => {
  await routeX(context, { '/home': buildTimelinePage([POST]) });
  const x = await context.newPage();
  await x.goto('https://x.com/home');
  await expect(x.locator('article[data-testid="tweet"]')).toHaveCount(1);
  const panel = await openSidePanel(context, extensionId);
  await panel.locator(`[data-post-id="${POST.id}"] .kz-item-select`).click();
  await panel.getByTestId('tone-picker').selectOption('formal');

  const draft = panel.getByTestId('draft');
  await draft.fill('');
  await expect(panel.getByTestId('empty-draft')).toBeVisible();
  await expect(panel.getByTestId('no-findings')).toHaveCount(0);
  await expect(panel.getByText('問題は見つかりませんでした')).toHaveCount(0);

  await draft.fill('絶対に直します😊');
  const ng = panel.locator('[data-testid="finding"][data-code="ng-word"]');
  const emoji = panel.locator('[data-testid="finding"][data-code="emoji-in-formal"]');
  await expect(ng.getByTestId('fix-preview')).toHaveText('絶対に → できる限り');
  await expect(ng.getByTestId('apply-fix')).toHaveText('修正');
  await expect(emoji.getByTestId('fix-preview')).toHaveText('「😊」を削除します');
  await expect(emoji.getByTestId('apply-fix')).toHaveText('削除');

  await emoji.getByTestId('apply-fix').click();
  await expect(draft).toHaveValue('絶対に直します');
  await ng.getByTestId('apply-fix').click();
  await expect(draft).toHaveValue('できる限り直します');
  await expect(panel.getByTestId('no-findings')).toBeVisible();
});
