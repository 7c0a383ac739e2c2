import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, openSidePanel } from '../e2e/support/extension';
import { pressChip } from '../e2e/support/chip';
import { routeX } from '../e2e/support/x-routes';
import { buildTimelinePage, type TimelinePost } from '../e2e/support/x-timeline';

// One operator in a browser: a fresh profile with the built extension, signed in to the team server,
// a routed x.com timeline open. Used by the sync e2e spec and the click→chip benchmark.

export interface BrowserOperator {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  close: () => Promise<void>;
}

type ChromeStorage = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };

export async function openOperator(
  serverUrl: string,
  team: string,
  who: { name: string; password: string },
  posts: TimelinePost[],
): Promise<BrowserOperator> {
  const { context, extensionId, close } = await launchWithExtension();
  await routeX(context, { '/home': buildTimelinePage(posts) });
  // The team server is not x.com: let the extension reach it (routes added later take precedence).
  await context.route(/^http:\/\/127\.0\.0\.1:\d+\//, (route) => route.continue());
  // Settings as the settings form stores them (WXT storage items local:operatorSettings/syncSettings),
  // written from an extension page (more dependable than evaluating in the service worker).
  const panel = await openSidePanel(context, extensionId);
  await panel.evaluate((settings) => (globalThis as unknown as ChromeStorage).chrome.storage.local.set(settings), {
    operatorSettings: { operator: who.name, signature: '', retentionDays: 365 },
    syncSettings: { url: serverUrl, team, user: who.name, password: who.password },
  });
  await panel.close();
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  return { context, page, extensionId, close };
}

export function article(page: Page, id: string) {
  return page.locator(`article[data-testid="tweet"]:has(a[href*="/status/${id}"])`);
}

export async function markHandled(op: BrowserOperator, id: string): Promise<void> {
  await pressChip(op.page, id, '対応済みにする');
}
