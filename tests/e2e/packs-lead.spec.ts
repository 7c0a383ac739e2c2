import type { Download, Page } from '@playwright/test';
import { test, expect, openSidePanel } from './support/extension';

// A team lead checking a pack in a Japanese browser: every label, value and message is Japanese;
// warnings name their path; a re-import shows each change as old → new; the demo pack can be exported.

const ACME = {
  format: 'kizuki.pack',
  version: 1,
  id: 'acme',
  name: 'ACME サポート',
  packVersion: '1.0',
  brands: [{ id: 'acme', name: 'ACME', terms: ['ACME', 'アクメ'] }],
  signals: [{ category: 'complaint', terms: ['圏外'], weight: 2 }],
  templates: [{ id: 'apology', category: 'complaint', tone: 'formal', text: '{{name}}様、ご不便をおかけしております。' }],
  ngWords: [{ term: '絶対', severity: 'error', suggest: 'できる限り' }],
};
const file = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) });
const RAW_CODES = /\b(complaint|question|request|praise|error|warning|info|formal|casual|string|number)\b/;

async function openPacks(panel: Page) {
  await panel.getByTestId('tab-packs').click();
  await expect(panel.getByTestId('packs-view')).toBeVisible();
}

async function downloadedJson(download: Download): Promise<{ id: string; templates?: unknown[] }> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

test('the demo pack and the merged set of one pack can be exported', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await openPacks(panel);
  const [demo] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('pack-export-demo').click()]);
  expect(demo.suggestedFilename()).toMatch(/^midori-demo.*\.kizuki-pack\.json$/);
  expect((await downloadedJson(demo)).id).toBe('midori-demo');
  const [merged] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('pack-export-merged').click()]);
  expect((await downloadedJson(merged)).templates?.length).toBeGreaterThanOrEqual(15);
});

test('a pack with an unknown tone and variable is previewed with warnings; a re-import shows old → new', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await openPacks(panel);

  const typo = { ...ACME, templates: [{ ...ACME.templates[0], tone: 'polite', text: '{{nmae}}様、ご不便をおかけしております。' }] };
  await panel.getByTestId('pack-import').setInputFiles(file('acme.json', typo));
  const warnings = panel.getByTestId('pack-preview').getByTestId('pack-warnings');
  await expect(warnings).toContainText('$.templates[0].tone');
  await expect(warnings).toContainText('"polite"');
  await expect(warnings).toContainText('$.templates[0].text');
  await expect(warnings).toContainText('{{name}} の誤り');
  await panel.getByTestId('pack-cancel').click();

  await panel.getByTestId('pack-import').setInputFiles(file('acme.json', ACME));
  await expect(panel.getByTestId('pack-preview').locator('[data-change="added"]').filter({ hasText: '苦情: 圏外' })).toHaveCount(1);
  await panel.getByTestId('pack-apply').click();
  await expect(panel.getByTestId('pack-applied')).toBeVisible();

  const v2 = {
    ...ACME,
    packVersion: '2.0',
    signals: [{ category: 'complaint', terms: ['圏外'], weight: 3 }],
    templates: [{ ...ACME.templates[0], tone: 'casual' }],
    ngWords: [{ term: '絶対', severity: 'warning', suggest: 'できる限り' }],
  };
  await panel.getByTestId('pack-import').setInputFiles(file('acme-v2.json', v2));
  const changed = panel.getByTestId('pack-preview').locator('[data-change="changed"]');
  await expect(changed.filter({ hasText: '苦情: 圏外' }).getByTestId('diff-fields')).toHaveText('重み: 2 → 3');
  await expect(changed.filter({ hasText: 'apology' }).getByTestId('diff-fields')).toHaveText('トーン: フォーマル → カジュアル');
  await expect(changed.filter({ hasText: '絶対' }).getByTestId('diff-fields')).toHaveText('重要度: エラー → 警告');
  expect(await panel.getByTestId('pack-preview').innerText()).not.toMatch(RAW_CODES);
});

test('the pack editor, tester, saved searches and validation speak Japanese', async ({ context, extensionId }) => {
  const panel = await openSidePanel(context, extensionId);
  await openPacks(panel);
  const editor = panel.getByTestId('pack-editor');
  await editor.locator('summary').click();

  // Drop-downs show names, each field has a visible label.
  const category = editor.getByTestId('template-category').first();
  await expect(category.locator('option:checked')).toHaveText('苦情');
  await expect(editor.getByLabel('カテゴリ').first()).toBeVisible();
  await expect(editor.getByLabel('トーン').first().locator('option:checked')).toHaveText('フォーマル');
  await expect(editor.getByTestId('ng-severity').first().locator('option:checked')).toHaveText('エラー');
  await expect(editor.getByLabel('重要度').first()).toBeVisible();
  expect(await editor.locator('select option').allInnerTexts()).not.toContain('complaint');

  // The tester says category, priority and brand in words.
  await editor.getByTestId('sample-posts').fill('ミドリ電機のルーター、修理待ちで二週間。最悪');
  const result = editor.getByTestId('sample-result');
  await expect(result).toContainText('苦情');
  await expect(result).toContainText(/優先度 \d+/);
  await expect(result).toContainText('ミドリ電機');
  expect(await result.innerText()).not.toMatch(/complaint|midori\b/);

  // Saved searches are named in Japanese.
  const searches = await panel.getByTestId('saved-searches').innerText();
  expect(searches).toContain('ミドリ電機 · 苦情');
  expect(searches).not.toMatch(/· (complaint|question|request|praise)/);

  // A validation error says the kinds of value in Japanese.
  await panel.getByTestId('pack-import').setInputFiles(file('bad.json', { ...ACME, signals: [{ category: 'complaint', terms: ['圏外'], weight: '2' }] }));
  const errors = panel.getByTestId('pack-errors');
  await expect(errors).toContainText('$.signals[0].weight');
  await expect(errors).toContainText('数値で書いてください（今は文字列です）');
});
