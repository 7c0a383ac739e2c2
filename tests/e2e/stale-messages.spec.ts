import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { test, expect, extensionPath, launchWithExtension, openSidePanel } from './support/extension';
import { pressChip, readChip } from './support/chip';
import { openShift, setOperator, SHIFT_POSTS } from './support/panel-data';
import { enableCors, startTeamServer, type SyncServer } from '../sync-server/server';

// Messages that stop being true go away: the chip's "set your name first" once the name is saved; a
// pack URL's old error while a new URL is fetched; the last connection test's answer while a new test
// runs; and "saved, sync starts" is not said when the server refuses the password.

test("the chip's refusal goes once the operator's name is saved", async ({ context, extensionId }) => {
  const { x, panel } = await openShift(context, extensionId);
  const id = SHIFT_POSTS[0]!.id;
  await pressChip(x, id, '対応済みにする');
  await expect.poll(async () => (await readChip(x, id))?.error).toMatch(/\S/);
  await setOperator(panel);
  await expect.poll(async () => (await readChip(x, id))?.error).toBeNull();
  expect(SHIFT_POSTS.length).toBeGreaterThan(0);
});

/** A request held until the test lets it go, so the test can look at the panel while it is under way. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const PACK = {
  format: 'kizuki.pack',
  version: 1,
  id: 'acme',
  name: 'ACME サポート',
  packVersion: '1.0',
  brands: [{ id: 'acme', name: 'ACME', terms: ['ACME', 'アクメ'] }],
};

test("a pack URL's old error goes while the next URL is fetched", async ({ context, extensionId }) => {
  const slow = gate();
  await context.route('https://packs.example/**', async (route) => {
    const cors = { 'access-control-allow-origin': '*' };
    if (new URL(route.request().url()).pathname !== '/acme.json') return route.fulfill({ status: 404, body: 'not found', headers: cors });
    await slow.opened;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(PACK), headers: cors });
  });
  const panel = await openSidePanel(context, extensionId);
  await panel.getByTestId('tab-packs').click();
  const fetchUrl = async (url: string) => {
    await panel.getByTestId('pack-url').fill(url);
    await panel.getByTestId('pack-url-fetch').click();
  };
  await fetchUrl('https://packs.example/missing.json');
  await expect(panel.getByTestId('pack-errors')).toContainText('404');

  await fetchUrl('https://packs.example/acme.json');
  await expect(panel.getByTestId('pack-url-fetch')).toHaveText('ダウンロード中…');
  // The 404 was about the other URL: it is not on screen while this one downloads.
  await expect(panel.getByTestId('pack-errors')).toHaveCount(0);
  slow.open();
  await expect(panel.getByTestId('pack-preview')).toContainText('ACME サポート');
  await expect(panel.getByTestId('pack-errors')).toHaveCount(0);
});

test.describe('sync settings, with a real team server', () => {
  const TEAM = 'Stale Notices';
  const OPERATOR = { name: 'sato', password: 'e2e-pw-sato-stale' };
  let server: SyncServer;
  let extension: string;

  test.beforeAll(async () => {
    ({ server } = await startTeamServer(TEAM, [OPERATOR]));
    await enableCors(server.url);
    extension = builtWithServerGranted(server.url);
  });
  test.afterAll(async () => {
    await server?.stop();
    if (extension) rmSync(path.dirname(extension), { recursive: true, force: true });
  });

  /** A fresh profile whose settings tab has the form filled in as the operator would type it. */
  async function openSyncForm(password: string): Promise<{ context: BrowserContext; panel: Page; close: () => Promise<void> }> {
    const { context, extensionId, close } = await launchWithExtension({ extension });
    const panel = await openSidePanel(context, extensionId);
    await panel.getByTestId('tab-settings').click();
    await panel.getByTestId('sync-url').fill(server.url);
    await panel.getByTestId('sync-team').fill(TEAM);
    await panel.getByTestId('sync-user').fill(OPERATOR.name);
    await panel.getByTestId('sync-password').fill(password);
    return { context, panel, close };
  }

  test("the last connection test's answer goes while the next test runs", async () => {
    const { context, panel, close } = await openSyncForm(OPERATOR.password);
    try {
      let held: ReturnType<typeof gate> | null = null;
      await context.route(/^http:\/\/127\.0\.0\.1:\d+\//, async (route: Route) => {
        if (!held) return route.continue();
        await held.opened;
        return route.abort('connectionrefused');
      });
      const notice = panel.getByTestId('sync-notice');
      await panel.getByTestId('sync-test').click();
      await expect(notice).toContainText(`${OPERATOR.name} として接続しました`);

      // The server goes quiet: the next test is under way and says nothing yet…
      held = gate();
      await panel.getByTestId('sync-test').click();
      await expect(panel.getByTestId('sync-test')).toHaveText('テスト中…');
      await expect(notice).toHaveCount(0);
      // …and then says what this test found, not what the last one did.
      held.open();
      await expect(notice).toContainText('サーバーに接続できません');
      await expect(notice).not.toContainText('接続しました');
    } finally {
      await close();
    }
  });

  test('saving with a password the server refuses says so, not "saved, sync starts"', async () => {
    const { panel, close } = await openSyncForm('not-the-password');
    try {
      await panel.getByTestId('sync-save').click();
      const notice = panel.getByTestId('sync-notice');
      await expect(notice).toContainText('ユーザー名またはパスワードが違います。');
      await expect(notice).toHaveAttribute('role', 'alert');
      await expect(notice).not.toContainText('保存しました');
      // With the right password, the same button says it is saved.
      await panel.getByTestId('sync-password').fill(OPERATOR.password);
      await panel.getByTestId('sync-save').click();
      await expect(notice).toContainText('保存しました。同期を開始します。');
    } finally {
      await close();
    }
  });
});

/**
 * The built extension with the team server's origin already granted, as after the operator clicks
 * "Allow" on the permission prompt that saving or testing asks: a headless browser cannot answer that
 * prompt and leaves the request pending. Only the manifest's host list differs from the build.
 */
function builtWithServerGranted(serverUrl: string): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'kizuki-granted-')), 'chrome-mv3');
  cpSync(extensionPath, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, `${new URL(serverUrl).origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}
