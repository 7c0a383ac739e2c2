import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const extensionPath = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How each launch's fresh profile directory is named: the bench finds the browser's processes by it. */
export const PROFILE_DIR_PREFIX = 'kizuki-profile-';

export interface LaunchOptions {
  /** A built extension folder; the one `npx wxt build` writes by default. `null`: the same browser with no extension (the soak's baseline; `extensionId` is then empty). */
  extension?: string | null;
  /** false opens a window (the demo on a machine with a display). */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** The browser's language (the UI follows it): Japanese unless said otherwise. */
  locale?: string;
}

/** Launches Chromium with the built extension (or none) in a fresh profile. */
export async function launchWithExtension({ extension = extensionPath, headless = true, viewport = { width: 1200, height: 900 }, locale = 'ja-JP' }: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), PROFILE_DIR_PREFIX));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    locale,
    viewport,
    args: [
      ...(extension === null ? [] : [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${locale.split('-')[0]}`,
    ],
  });
  let extensionId = '';
  if (extension !== null) {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

type Fixtures = { context: BrowserContext; extensionId: string; uiLocale: string };

/** A test with its own browser profile and the extension loaded; `test.use({ uiLocale: 'en-US' })` for English. */
export const test = base.extend<Fixtures>({
  uiLocale: ['ja-JP', { option: true }],
  context: async ({ uiLocale }, use) => {
    const launched = await launchWithExtension({ locale: uiLocale });
    (launched.context as BrowserContext & { __kizukiId?: string }).__kizukiId = launched.extensionId;
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { __kizukiId?: string }).__kizukiId!);
  },
});
export const expect = test.expect;
