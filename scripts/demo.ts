import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { extensionPath, launchWithExtension } from '../tests/e2e/support/extension';
import { routeX } from '../tests/e2e/support/x-routes';
import { buildTimelinePage, type TimelinePost } from '../tests/e2e/support/x-timeline';

// `npm run demo`: Kizuki at work without an X account. Chromium opens with the built extension, a
// demo x.com timeline served locally (the same route interception the browser tests use; nothing is
// sent to X) and the side panel page beside it. Without a display ($DISPLAY / $WAYLAND_DISPLAY) it
// runs headless and writes screenshots instead, and says where.

const POSTS: TimelinePost[] = [
  { id: '1880000000000000001', handle: 'kenji_t', name: '健二', text: 'ミドリモバイル、朝から圏外のまま。速度制限でもないのにパケ詰まりひどいし、至急なんとかしてほしい', counts: { replies: 3, reposts: 12, likes: 40 } },
  { id: '1880000000000000002', handle: 'mika_s', name: '美香', text: 'ミドリフォンに機種変更したいんだけど、eSIMの手順ってどこに載ってますか？' },
  { id: '1880000000000000003', handle: 'hana_k', name: '花子', text: 'ミドリ電機の店員さんがとても親切でした！冷蔵庫、大事に使います😊', counts: { likes: 8 } },
  { id: '1880000000000000004', handle: 'taro_y', name: '太郎', text: '今日は公園を散歩した。桜がきれい🌸' },
  { id: '1880000000000000005', handle: 'yui_m', name: '結衣', text: 'ﾐﾄﾞﾘ電機のアプリ、ポイント還元の履歴も見られるようにしてほしいです' },
  { id: '1880000000000000006', handle: 'sho_n', name: '翔', text: 'ミドリ電機前のバス停、今日も混んでた' },
  { id: '1880000000000000007', handle: 'aya_i', name: '彩', text: '#ミドリ電機 の修理待ち、もう二週間。サポートに電話つながらないし最悪' },
];

// Posted in the last hour, so the queue reads as a live shift ("12分前"), not as an old capture.
POSTS.forEach((p, i) => (p.time = new Date(Date.now() - (i * 7 + 2) * 60_000).toISOString()));

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const outDir = path.resolve(import.meta.dirname, '../.output/demo');

/** Puts two pages side by side in their own windows (headed only; best effort). */
async function sideBySide(context: BrowserContext, x: Page, panel: Page): Promise<void> {
  try {
    const place = async (page: Page, bounds: { left: number; top: number; width: number; height: number }) => {
      const cdp = await context.newCDPSession(page);
      const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
      await cdp.send('Browser.setWindowBounds', { windowId, bounds: { ...bounds, windowState: 'normal' } });
    };
    await place(x, { left: 0, top: 0, width: 1000, height: 900 });
    await place(panel, { left: 1000, top: 0, width: 420, height: 900 });
  } catch {
    // A window manager may refuse; the pages are open either way.
  }
}

async function openPanelWindow(context: BrowserContext, x: Page, url: string): Promise<Page> {
  if (headless) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(url);
    return panel;
  }
  // A window of its own, as the real side panel sits beside the page.
  const [panel] = await Promise.all([context.waitForEvent('page'), x.evaluate((u) => window.open(u, '_blank', 'popup,width=420,height=900'), url)]);
  await panel.waitForLoadState();
  return panel;
}

/** A demo operator, so templates sign with a name instead of a gap to fill. */
async function nameTheOperator(panel: Page): Promise<void> {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('operator-name').fill('佐藤');
  await panel.getByTestId('operator-signature').fill('サポート担当 佐藤');
  await panel.getByTestId('operator-save').click();
  await panel.getByTestId('tab-queue').click();
  await panel.locator('[data-testid="queue-item"]').first().waitFor();
}

async function screenshots(x: Page, panel: Page): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = path.join(outDir, name);
    await page.screenshot({ path: file, fullPage: false });
    shots.push(file);
  };
  await shoot(x, '1-x-timeline.png');
  await shoot(panel, '2-panel-queue.png');
  await panel.locator('[data-testid="queue-item"] .kz-item-select').first().click();
  await panel.getByTestId('template-option').first().click();
  await panel.getByTestId('draft').waitFor();
  await shoot(panel, '3-panel-composer.png');
  await panel.getByTestId('tab-packs').click();
  await panel.getByTestId('packs-view').waitFor();
  await shoot(panel, '4-panel-packs.png');
  return shots;
}

if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
  console.error('No built extension: run `npm run build` first (npm run demo does).');
  process.exit(1);
}
const { context, extensionId, close } = await launchWithExtension({ headless, viewport: headless ? { width: 1000, height: 900 } : null });
try {
  await routeX(context, {
    '/home': buildTimelinePage(POSTS, { title: 'ホーム / X' }),
    '/intent/post': '<!DOCTYPE html><title>X</title><p>This is where X\'s own reply box would open; Kizuki never posts by itself.</p>',
  });
  const x = context.pages()[0] ?? (await context.newPage());
  await x.goto('https://x.com/home');
  await x.locator('article[data-kizuki-category]').first().waitFor({ timeout: 30_000 });
  const panel = await openPanelWindow(context, x, `chrome-extension://${extensionId}/sidepanel.html`);
  await panel.locator('[data-testid="queue-item"]').first().waitFor({ timeout: 30_000 });
  await nameTheOperator(panel);

  if (headless) {
    const shots = await screenshots(x, panel);
    console.log('No display found, so Kizuki ran headless. Screenshots:');
    for (const s of shots) console.log(`  ${s}`);
  } else {
    await sideBySide(context, x, panel);
    console.log('Kizuki is running on a demo x.com timeline (served locally; nothing reaches X).');
    console.log('Pick a post in the panel, choose a template, try an NG word such as 絶対. Close the browser to end.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
} finally {
  await close().catch(() => undefined);
}
