import { test, expect, openSidePanel } from './support/extension';

type Runtime = { getManifest(): { icons?: Record<string, string> }; getURL(path: string): string };
declare const chrome: { runtime: Runtime };

// What the browser shows of the extension itself: its icons in the toolbar and the store, and pages
// that declare their language (without lang="ja" Japanese may be drawn with Chinese glyph forms).

test('the manifest lists icons from 16 to 128 px, each a PNG of its size', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  const icons = await panel.evaluate(() => chrome.runtime.getManifest().icons ?? {});
  expect(Object.keys(icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
  for (const [size, file] of Object.entries(icons)) {
    const natural = await panel.evaluate(async (src) => {
      const img = new Image();
      img.src = chrome.runtime.getURL(src);
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, file);
    expect(natural, file).toEqual([Number(size), Number(size)]);
  }
});

test('the side panel page declares the UI language', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.getByTestId('queue-view')).toBeVisible();
  // The test browser runs in Japanese (support/extension.ts).
  await expect(panel.locator('html')).toHaveAttribute('lang', 'ja');
  await panel.getByTestId('tab-packs').click();
  await expect(panel.getByTestId('packs-view')).toBeVisible();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'ja');
});
