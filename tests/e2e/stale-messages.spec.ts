import { test, expect } from './support/extension';
import { openShift, setOperator, SHIFT_POSTS } from './support/panel-data';

// Messages that stop being true go away: the chip's "set your name first" once the name is saved.


test("the chip's refusal goes once the operator's name is saved", async ({ context, extensionId }) => {
  const { x, panel } = await openShift(context, extensionId);
  const chip = x.locator('article[data-testid="tweet"]').first().locator('[data-kizuki-chip]');
  await chip.getByRole('button', { name: '対応済みにする' }).click();
  const refusal = chip.locator('.error');
  await expect(refusal).toBeVisible();
  await expect(refusal).toHaveText(/\S/);
  await setOperator(panel);
  await expect(refusal).toBeHidden();
  expect(SHIFT_POSTS.length).toBeGreaterThan(0);
});
