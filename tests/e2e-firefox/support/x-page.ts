import type { ElementHandle, Page } from 'puppeteer-core';
import { openSidebarPage, waitFor, type FirefoxWithExtension } from './firefox';

// What the Firefox tests read and press on x.com and in Kizuki's panel. Puppeteer has no Playwright
// locators, so these are plain selectors and page functions.

/** The article of post `id` (its permalink time link names it). */
export const article = (id: string) => `article[data-testid="tweet"]:has(a[href*="/status/${id}"])`;

/** The chip's text as the operator reads it (inside its shadow root). */
export function chipText(page: Page, id: string): Promise<string> {
  return page.$eval(`${article(id)} [data-kizuki-chip]`, (host) =>
    [...(host.shadowRoot?.querySelectorAll('.chip > :not([hidden])') ?? [])].map((e) => e.textContent).join(' '),
  );
}

/** One of the chip's buttons: 'mark' (対応済みにする), 'undo', 'reply'. */
export async function chipButton(page: Page, id: string, action: 'mark' | 'undo' | 'reply'): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle(
    (sel, a) => document.querySelector(sel)?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-action="${a}"]`) ?? null,
    `${article(id)} [data-kizuki-chip]`,
    action,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`post ${id} has no chip button "${action}"`);
  return button;
}

/** Highlighted text per post id and kind, read from the page's CSS highlight registry. */
export function readHighlights(page: Page): Promise<Record<string, Record<string, string[]>>> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, string[]>> = {};
    for (const kind of ['brand', 'complaint', 'question', 'request', 'praise', 'urgent']) {
      for (const range of (CSS.highlights.get(`kizuki-${kind}`) ?? []) as Iterable<Range>) {
        const node = range.startContainer;
        const el = node instanceof Element ? node : node.parentElement;
        const href = el?.closest('article')?.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute('href') ?? '';
        ((out[href.split('/').pop() ?? ''] ??= {})[kind] ??= []).push(range.toString());
      }
    }
    return out;
  });
}

/** Types the operator's name into the panel's settings form, as a person would, then closes the panel. */
export async function setOperatorInSidebar(fx: FirefoxWithExtension, name: string): Promise<void> {
  const panel = await openSidebarPage(fx);
  await (await panel.waitForSelector('[data-testid="tab-settings"]'))!.click();
  await (await panel.waitForSelector('[data-testid="operator-name"]'))!.type(name);
  await (await panel.waitForSelector('[data-testid="operator-save"]'))!.click();
  await waitFor(() => panel.$('[data-testid="operator-settings"] [role="status"]'), 5_000, 'the operator settings to be saved');
  await panel.close();
}
