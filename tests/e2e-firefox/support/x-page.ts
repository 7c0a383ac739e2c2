import type { Page } from 'puppeteer-core';
import { chipSelector, pressChipWith, readChipWith, type ChipReading } from '../../e2e/support/chip';
import { openSidebarPage, waitFor, type FirefoxWithExtension } from './firefox';

// What the Firefox tests read and press on x.com and in Kizuki's panel. Puppeteer has no Playwright
// locators, so these are plain selectors and page functions.

/** The article of post `id` (its permalink time link names it). */
export const article = (id: string) => `article[data-testid="tweet"]:has(a[href*="/status/${id}"])`;

// WebDriver BiDi's view of the page: the browsing context of `page` and the session that speaks for it.
interface BidiContext {
  id: string;
  userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } };
}
type ScriptResult = { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };
type NodeValue = { type: string; value?: { shadowRoot?: { sharedId?: string } | null } };

/**
 * Runs `fn` on the (closed) shadow root of post `id`'s chip in the page; null when there is no chip.
 * The page's own scripts read `shadowRoot` as null; WebDriver BiDi serialises a node with its closed
 * root when asked (`includeShadowTree: 'all'`) and can call a function on that root by its id.
 */
export async function inChip<A, R>(page: Page, id: string, fn: (root: ShadowRoot, arg: A) => R, arg: A): Promise<Awaited<R> | null> {
  const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
  const { session } = context.userContext.browser;
  const target = { context: context.id };
  const found = (await session.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(chipSelector(id))})`,
    target, awaitPromise: false, resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })).result as ScriptResult;
  if (found.type !== 'success') throw new Error(`finding the chip of ${id}: ${found.exceptionDetails.text}`);
  const root = (found.result as NodeValue).value?.shadowRoot?.sharedId;
  if (!root) return null;
  const ran = (await session.send('script.callFunction', {
    // The argument and the result travel as JSON text: plain data either way.
    functionDeclaration: `async function (json) { return JSON.stringify(await (${fn.toString()})(this, JSON.parse(json))); }`,
    this: { sharedId: root }, arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    target, awaitPromise: true, resultOwnership: 'none',
  })).result as ScriptResult;
  if (ran.type !== 'success') throw new Error(`in the chip of ${id}: ${ran.exceptionDetails.text}`);
  return JSON.parse((ran.result.value as string | undefined) ?? 'null') as Awaited<R>;
}

/** The chip's text as the operator reads it ('' when the post has no chip). */
export async function chipText(page: Page, id: string): Promise<string> {
  return (await readChip(page, id))?.text ?? '';
}

/** What the chip of post `id` shows (see tests/e2e/support/chip.ts), or null when it has none. */
export function readChip(page: Page, id: string): Promise<ChipReading | null> {
  return readChipWith((fn, arg) => inChip(page, id, fn, arg));
}

/** Presses the chip's button labelled `label` with a real mouse click (BiDi input actions: a trusted event). */
export function pressChip(page: Page, id: string, label: string): Promise<void> {
  return pressChipWith((fn, arg) => inChip(page, id, fn, arg), (x, y) => page.mouse.click(x, y), label);
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
