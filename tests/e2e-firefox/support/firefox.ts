import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';

// Firefox end to end: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, the built
// Firefox extension (.output/firefox-mv2) installed as a temporary add-on. Firefox has no
// Playwright here, so these helpers stand in for tests/e2e/support/extension.ts and x-routes.ts.

export const firefoxExtensionPath = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed, so the extension's origin (moz-extension://<uuid>) is known before it starts. */
export const EXTENSION_UUID = '6f3c7a2e-4b1d-4c8e-9a5f-0d2b7e1c3a94';

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(firefoxExtensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${firefoxExtensionPath}/manifest.json has no gecko id: run \`npm run build:firefox\` first.`);
  return id;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  close: () => Promise<void>;
}

/** Launches Firefox (fresh profile, Japanese as the page language) with the built extension. */
export async function launchFirefox(): Promise<FirefoxWithExtension> {
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // navigator.language, which Kizuki's UI follows: the same Japanese labels as the Chromium tests.
      'intl.accept_languages': 'ja',
      // A test cannot press "Allow" on Firefox's permission doorhanger: grant optional permissions
      // asked by permissions.request() without it. The request itself (and its user-gesture rule)
      // still runs as in real use.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(firefoxExtensionPath);
  return { browser, origin: `moz-extension://${EXTENSION_UUID}`, close: () => browser.close() };
}

/**
 * Serves pages at x.com URLs on `page` (as tests/e2e/support/x-routes.ts does for Chromium); every
 * other request is blocked. Over BiDi, `resourceType()` throws, and an exception in this handler
 * ends the run: only `isNavigationRequest()` and the URL are read.
 */
export async function routeXPage(page: Page, pages: Record<string, string>, allow: RegExp[] = []): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    try {
      const url = new URL(req.url());
      if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || allow.some((a) => a.test(req.url()))) return void req.continue();
      const isX = url.hostname === 'x.com' || url.hostname === 'twitter.com';
      const body = isX && req.isNavigationRequest() ? pages[url.pathname] : undefined;
      if (body === undefined) return void req.abort('blockedbyclient');
      return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } catch {
      void req.abort().catch(() => {});
    }
  });
}

type BidiFrame = Frame & { browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> } };

/**
 * `page.goto('moz-extension://…')` never resolves over BiDi: navigate the browsing context
 * directly and wait until the document is there.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as BidiFrame).browsingContext.navigate(url, 'complete');
  await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false), 10_000);
}

/** Opens the sidebar's page in a tab, as the Chromium tests open the side panel. */
export async function openSidebarPage(fx: FirefoxWithExtension): Promise<Page> {
  const page = await fx.browser.newPage();
  await gotoExtensionPage(page, `${fx.origin}/sidepanel.html`);
  return page;
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, ms = 10_000, what = 'condition', every = 50): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

// ---- Firefox's own window (toolbar, keyboard shortcuts, sidebar) --------------------------------
// `--remote-allow-system-access` lets WebDriver BiDi reach the browser window itself (the "chrome"
// scope), so a test can press the toolbar button and type the shortcut where an operator does.

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
function bidiSession(page: Page): BidiSession {
  return (page.mainFrame() as unknown as { browsingContext: { userContext: { browser: { session: BidiSession } } } }).browsingContext.userContext.browser.session;
}

/** Evaluates `expression` in the browser window that holds `page` and returns its (JSON-able) value. */
export async function evaluateInBrowserWindow<T>(page: Page, expression: string): Promise<T> {
  const session = bidiSession(page);
  const { result: tree } = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: { context: string }[] } };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no Firefox browser window to evaluate in');
  const { result } = (await session.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
  if (result.type !== 'success') throw new Error(`in the browser window: ${result.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(result.result?.value ?? 'null') as T;
}

export interface SidebarState {
  open: boolean;
  /** Which sidebar: Kizuki's is "<widget id>-sidebar-action". */
  id: string;
  /** The page shown in an extension's sidebar. */
  url: string | null;
}

export function sidebarState(page: Page): Promise<SidebarState> {
  return evaluateInBrowserWindow<SidebarState>(
    page,
    `({ open: SidebarController.isOpen, id: SidebarController.currentID || '',
        url: SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? null })`,
  );
}

/** Firefox's id for an add-on's toolbar widget: the gecko id with everything but letters and digits as "_". */
const widgetId = (id: string) => id.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/**
 * Clicks Kizuki's toolbar button. New add-ons start in the Extensions menu (the puzzle piece); the
 * operator pins it to the toolbar as they would, then it is clicked like a mouse would.
 */
export async function clickToolbarButton(page: Page): Promise<void> {
  const widget = `${widgetId(geckoId())}-browser-action`;
  await evaluateInBrowserWindow(
    page,
    `(() => {
      CustomizableUI.addWidgetToArea(${JSON.stringify(widget)}, CustomizableUI.AREA_NAVBAR);
      const button = document.getElementById(${JSON.stringify(widget)})?.querySelector('.unified-extensions-item-action-button');
      if (!button) throw new Error('no toolbar button ' + ${JSON.stringify(widget)});
      button.click();
      return true;
    })()`,
  );
}

/**
 * Types Alt+Shift+K into the browser window (focus on the current tab), through Firefox's own key
 * handling: key events that reach the window the way a keyboard's do, so the shortcut Firefox bound
 * for the add-on fires. (Key actions sent to a page never reach the browser's shortcuts.)
 */
export async function pressPanelShortcut(page: Page): Promise<void> {
  await evaluateInBrowserWindow(
    page,
    `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('cannot type into the browser window');
      const key = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
      const alt = key('Alt', 'AltLeft', 18), shift = key('Shift', 'ShiftLeft', 16), k = key('K', 'KeyK', 75);
      tip.keydown(alt); tip.keydown(shift); tip.keydown(k);
      tip.keyup(k); tip.keyup(shift); tip.keyup(alt);
      return true;
    })()`,
  );
}
