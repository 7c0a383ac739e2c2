import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const extensionPath = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** A built extension folder; the one `npx wxt build` writes by default. */
  extension?: string;
  /** false opens a window (the demo on a machine with a display). */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
}

/** Launches Chromium with the built extension in a fresh profile. */
export async function launchWithExtension({ extension = extensionPath, headless = true, viewport = { width: 1200, height: 900 } }: LaunchOptions = {}): Promise<{
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kizuki-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    locale: 'ja-JP',
    viewport,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ja',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
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

type Fixtures = { context: BrowserContext; extensionId: string };

/** A test with its own browser profile and the extension loaded. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    (launched.context as BrowserContext & { __kizukiId?: string }).__kizukiId = launched.extensionId;
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { __kizukiId?: string }).__kizukiId!);
  },
});
export const expect = test.expect;
