import type { CDPSession, Page } from '@playwright/test';

// The chip lives in a CLOSED shadow root, so that x.com's scripts cannot find its buttons and press
// them in the operator's name. Playwright's locators cannot see inside a closed root either (only
// open ones), so the tests reach the chip through the browser's own automation protocol, which can:
// in Chromium the DevTools protocol's DOM domain lists closed shadow roots; in Firefox WebDriver
// BiDi serialises them (tests/e2e-firefox/support/x-page.ts). A function run on the root reads what
// the chip shows, and buttons are pressed with a real mouse click at their place on screen: a
// trusted event, as the operator's own click is, that lands on whatever covers the button if
// anything does. The page functions below are shared by both browsers' tests.

/** The chip host inside the article of post `postId` (its permalink names it). */
export const chipSelector = (postId: string) => `article[data-testid="tweet"]:has(a[href*="/status/${postId}"]) [data-kizuki-chip]`;

export interface ChipReading {
  /** Everything the chip shows, in order (category, priority, state, buttons, error), one space apart. */
  text: string;
  /** The category its correction menu shows: 'complaint', 'question', … */
  category: string;
  /** What the category menu says it does (its description, beside the category it is named by). */
  menuLabel: string | null;
  /** The labels of the buttons it shows (the category menu apart). */
  buttons: string[];
  /** The refusal or failure it shows, or null. */
  error: string | null;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

/**
 * Runs `fn` on the shadow root of the chip of post `postId` in the page and returns its result, or
 * null when that post has no chip. `fn` runs in the page; it gets the root and `arg`.
 */
export async function inChip<A, R>(page: Page, postId: string, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<Awaited<R> | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: chipSelector(postId) });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the chip of ${postId}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as Awaited<R>;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => {});
  }
}

/** Runs a function on one chip's shadow root in the page (Chromium: `inChip`; Firefox: over WebDriver BiDi). */
export type ChipRunner = <A, R>(fn: (root: ShadowRoot, arg: A) => R, arg: A) => Promise<Awaited<R> | null>;

/** In the page: what the chip shows. (No named inner functions: a runner that keeps function names wraps them in a helper the page lacks.) */
function readChipRoot(root: ShadowRoot): ChipReading {
  const menu = root.querySelector<HTMLElement>('[part~=cat]');
  const shown = [...root.querySelectorAll<HTMLElement>('[part~=chip] > *')]
    .filter((e) => !e.hidden)
    .map((e) => ({ e, text: e.innerText.replace(/\s+/g, ' ').trim() }));
  return {
    text: shown.map((s) => s.text).filter(Boolean).join(' '),
    category: menu?.dataset.category ?? '',
    menuLabel: menu?.title ?? null,
    buttons: shown.filter((s) => s.e instanceof HTMLButtonElement && s.e !== menu).map((s) => s.text),
    error: shown.find((s) => s.e.getAttribute('role') === 'alert')?.text || null,
  };
}

/** The chip's root, as the test marks it: which button the last click reached (see pressChipWith). */
type WatchedRoot = ShadowRoot & { kizukiTestWatch?: boolean; kizukiTestReached?: string };

/**
 * In the page: the centre of the shown button labelled `wanted`, scrolled into view, if nothing covers
 * it there; else why not. Also starts noting where the next click in the chip lands.
 */
function buttonSpot(root: ShadowRoot, wanted: string): { x: number; y: number } | string {
  const button = [...root.querySelectorAll('button')].find((b) => !b.hidden && b.innerText.trim() === wanted);
  if (!button) return `no button "${wanted}" shown`;
  button.scrollIntoView({ block: 'center', inline: 'center' });
  const box = button.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const top = root.elementFromPoint(x, y);
  if (!top || !button.contains(top)) return `"${wanted}" is covered at (${x}, ${y})`;
  const watched = root as WatchedRoot;
  if (!watched.kizukiTestWatch) {
    watched.kizukiTestWatch = true;
    root.addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      watched.kizukiTestReached = target.closest('button')?.innerText.trim() ?? `<${target.tagName.toLowerCase()} class="${target.className}">`;
    }, true);
  }
  watched.kizukiTestReached = '';
  return { x, y };
}

/** In the page: what the last click in the chip reached since buttonSpot ('' for nothing). */
function reachedInChip(root: ShadowRoot): string {
  return (root as WatchedRoot).kizukiTestReached ?? '';
}

/** What the chip reached by `run` shows, or null when there is no chip. */
export const readChipWith = (run: ChipRunner): Promise<ChipReading | null> => run(readChipRoot, null);

/**
 * Presses the chip's button labelled `label` with the mouse, as the operator does: once it is shown,
 * nothing covers it and it has stayed put between two looks, a real click at its centre (`click`
 * moves the browser's own mouse). The chip repaints as its post's state arrives (a mark made in the
 * panel replaces 「対応済みにする」 by 「対応済み · 佐藤」 and moves 「返信」 sideways), and the click
 * comes a moment after the look: a click that reached anything but that button fails here, saying
 * what it reached, instead of leaving the test to wait for an effect that cannot come.
 */
export async function pressChipWith(run: ChipRunner, click: (x: number, y: number) => Promise<void>, label: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let last: { x: number; y: number } | null = null;
  for (;;) {
    const spot = await run(buttonSpot, label);
    if (spot && typeof spot === 'object') {
      if (last && last.x === spot.x && last.y === spot.y) {
        await click(spot.x, spot.y);
        const reached = await run(reachedInChip, null);
        // null: the chip went away with the click (its post left the page); nothing to check.
        if (reached !== null && reached !== label) {
          throw new Error(`pressed "${label}" at (${spot.x}, ${spot.y}) but the click reached ${reached ? reached : 'nothing in the chip'}: the chip changed under the pointer`);
        }
        return;
      }
      last = spot;
    } else last = null;
    if (Date.now() > until) throw new Error(`cannot press "${label}" on the chip: ${typeof spot === 'object' && spot ? 'it keeps moving' : (spot ?? 'no chip')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the chip of post `postId` shows, or null when it has none. */
export function readChip(page: Page, postId: string): Promise<ChipReading | null> {
  return readChipWith((fn, arg) => inChip(page, postId, fn, arg));
}

/** The chip's text ('' when the post has no chip): for `expect.poll(() => chipText(page, id))`. */
export async function chipText(page: Page, postId: string): Promise<string> {
  return (await readChip(page, postId))?.text ?? '';
}

/** Presses the chip's button labelled `label` (「対応済みにする」, 「元に戻す」, 「返信」) with a real mouse click. */
export function pressChip(page: Page, postId: string, label: string): Promise<void> {
  return pressChipWith((fn, arg) => inChip(page, postId, fn, arg), (x, y) => page.mouse.click(x, y), label).catch((e: Error) => {
    throw new Error(`${e.message} (post ${postId})`);
  });
}

/** Puts the keyboard focus on the chip's category menu (then `page.keyboard` opens it and picks, as a person would). */
export async function focusChipMenu(page: Page, postId: string): Promise<void> {
  const focused = await inChip(page, postId, (root) => {
    const menu = root.querySelector<HTMLElement>('[part~=cat]');
    menu?.focus();
    return !!menu && root.activeElement === menu;
  });
  if (!focused) throw new Error(`the chip of ${postId} has no category menu to focus`);
}

/** In the page: which of the chip's buttons has the keyboard focus, by its label ('' for none). */
export async function focusedInChip(page: Page, postId: string): Promise<string> {
  return (await inChip(page, postId, (root) => (root.activeElement as HTMLElement | null)?.innerText.trim() ?? '')) ?? '';
}
