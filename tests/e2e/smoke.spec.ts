import { test, expect, openSidePanel } from './support/extension';

test('the built extension loads and its side panel opens', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.locator('main')).toBeVisible();
});
