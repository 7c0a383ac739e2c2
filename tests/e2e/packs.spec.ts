import type { Page } from '@playwright/test';
import { test, expect, openSidePanel } from './support/extension';
import { routeX } from './support/x-routes';
import { buildTimelinePage, type TimelinePost } from './support/x-timeline';

// A team lead's pack file, imported in the side panel with a preview, then seen working on x.com.

const ACME = {
  format: 'kizuki.pack',
  version: 1,
  id: 'acme',
  name: 'ACME サポート',
  packVersion: '1.2',
  brands: [{ id: 'acme', name: 'ACME', terms: ['ACME', 'アクメ'], exclude: ['アクメ駅'] }],
  signals: [{ category: 'complaint', terms: ['圏外'], weight: 2 }],
};
const file = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });

const POSTS: TimelinePost[] = [
  { id: '1910000000000000001', handle: 'sato', name: '佐藤', text: 'アクメの回線、朝からずっと圏外なんだけど' },
  { id: '1910000000000000002', handle: 'kato', name: '加藤', text: 'ミドリ電機で冷蔵庫を買った' },
  { id: '1910000000000000003', handle: 'ito', name: '伊藤', text: 'ｱｸﾒ光に乗り換えた' },
];

/** Brand highlight texts in the page's world (the registry is shared with the content script). */
function brandHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS.highlights.get('kizuki-brand') ?? []) as Iterable<Range>)].map((r) => r.toString()));
}

async function openPacksTab(page: Page) {
  await page.getByTestId('tab-packs').click();
  await expect(page.getByTestId('packs-view')).toBeVisible();
}

test('import a pack file with preview and apply, then its terms are highlighted on x.com', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await openPacksTab(panel);
  await expect(panel.getByTestId('pack-demo-active')).toBeVisible();

  await panel.getByTestId('pack-import').setInputFiles(file('acme.json', ACME));
  const preview = panel.getByTestId('pack-preview');
  await expect(preview).toContainText('ACME サポート');
  await expect(preview.locator('[data-change="added"]')).toContainText(['ACME', 'ACME: ACME', 'ACME: アクメ', 'ACME: アクメ駅', '苦情: 圏外']);
  // Nothing is stored before Apply.
  await expect(panel.getByTestId('pack-row-acme')).toHaveCount(0);
  await panel.getByTestId('pack-apply').click();
  await expect(panel.getByTestId('pack-applied')).toBeVisible();
  await expect(panel.getByTestId('pack-row-acme')).toContainText('v1.2');
  await expect(panel.getByTestId('saved-searches')).toContainText('(ACME OR アクメ) 圏外 -filter:retweets');

  await routeX(context, { '/home': buildTimelinePage(POSTS) });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect.poll(() => brandHighlights(page).then((t) => t.sort())).toEqual(['アクメ', 'ｱｸﾒ']);
  // The demo pack is no longer active: its brand is not highlighted.
  await expect(page.locator('article[data-kizuki-category]')).toHaveCount(2);
});

test('a refused pack shows where it is wrong and keeps the previous pack active', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await openPacksTab(panel);
  await panel.getByTestId('pack-import').setInputFiles(file('acme.json', ACME));
  await panel.getByTestId('pack-apply').click();
  await expect(panel.getByTestId('pack-row-acme')).toBeVisible();

  const broken = { ...ACME, packVersion: '2.0', brands: [{ ...ACME.brands[0], terms: ['ACME', ''] }] };
  await panel.getByTestId('pack-import').setInputFiles(file('acme-v2.json', broken));
  const errors = panel.getByTestId('pack-errors');
  await expect(errors).toContainText('$.brands[0].terms[1]');
  await expect(errors).toContainText('空の語です');
  await expect(panel.getByTestId('pack-preview')).toHaveCount(0);
  await expect(panel.getByTestId('pack-row-acme')).toContainText('v1.2');

  await routeX(context, { '/home': buildTimelinePage(POSTS) });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect.poll(() => brandHighlights(page).then((t) => t.sort())).toEqual(['アクメ', 'ｱｸﾒ']);
});

test('import from a URL: an HTML answer is refused, the raw file is previewed and applied', async ({ context, extensionId }) => {
  const served: Record<string, { type: string; body: string }> = {
    '/acme.json': { type: 'application/json', body: JSON.stringify(ACME) },
    '/repo/acme.json': { type: 'text/html; charset=utf-8', body: '<!doctype html><title>acme.json</title>' },
  };
  await context.route('https://packs.example/**', (route) => {
    const hit = served[new URL(route.request().url()).pathname];
    if (!hit) return route.fulfill({ status: 404, body: 'not found', headers: { 'access-control-allow-origin': '*' } });
    return route.fulfill({ status: 200, contentType: hit.type, body: hit.body, headers: { 'access-control-allow-origin': '*' } });
  });
  const panel = await openSidePanel(context, extensionId);
  await openPacksTab(panel);
  const fetchUrl = async (url: string) => {
    await panel.getByTestId('pack-url').fill(url);
    await panel.getByTestId('pack-url-fetch').click();
  };
  await fetchUrl('https://packs.example/repo/acme.json');
  await expect(panel.getByTestId('pack-errors')).toContainText('HTML');
  await fetchUrl('https://packs.example/missing.json');
  await expect(panel.getByTestId('pack-errors')).toContainText('404');
  await fetchUrl('https://packs.example/acme.json');
  await expect(panel.getByTestId('pack-preview')).toContainText('ACME サポート');
  await panel.getByTestId('pack-apply').click();
  await expect(panel.getByTestId('pack-row-acme')).toBeVisible();
});
