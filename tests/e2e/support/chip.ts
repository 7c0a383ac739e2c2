import type { CDPSession, Page } from '@playwright/test';

// The chip lives in a CLOSED shadow root, so that x.com's scripts cannot find its buttons and press
// them in the operator's name. Playwright's locators cannot see inside a closed root either (only
// open ones), so the tests reach the chip the way the browser itself does: the DevTools protocol's
// DOM domain lists closed shadow roots, a function run on the resolved root reads what the chip
// shows, and buttons are pressed with a real mouse click at their place on screen (a trusted event,
// as the operator's own click is; a click that something else covers would land on that instead).

/** The chip host inside the article of post `postId` (its permalink names it). */
export const chipSelector = (postId: string) => `article[data-testid="tweet"]:has(a[href*="/status/${postId}"]) [data-kizuki-chip]`;

export interface ChipReading {
  /** Everything the chip shows, in order (category, priority, state, buttons, error), one space apart. */
  text: string;
  /** The value of its category menu: 'complaint', 'question', … */
  category: string;
  /** The category menu's accessible name (what a screen reader says for it). */
  menuLabel: string | null;
  /** The labels of the buttons it shows. */
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

/** What the chip of post `postId` shows, or null when it has none. */
export function readChip(page: Page, postId: string): Promise<ChipReading | null> {
  return inChip(page, postId, (root) => {
    // (No named inner functions: a runner that keeps function names would wrap them in a helper the page lacks.)
    const shown = [...root.querySelectorAll<HTMLElement>('.chip > *')]
      .filter((e) => !e.hidden)
      .map((e) => ({ e, text: (e instanceof HTMLSelectElement ? (e.selectedOptions[0]?.text ?? '') : e.innerText).trim() }));
    return {
      text: shown.map((s) => s.text).filter(Boolean).join(' '),
      category: root.querySelector('select')?.value ?? '',
      menuLabel: root.querySelector('select')?.getAttribute('aria-label') ?? null,
      buttons: shown.filter((s) => s.e instanceof HTMLButtonElement).map((s) => s.text),
      error: shown.find((s) => s.e.getAttribute('role') === 'alert')?.text || null,
    };
  });
}

/** The chip's text ('' when the post has no chip): for `expect.poll(() => chipText(page, id))`. */
export async function chipText(page: Page, postId: string): Promise<string> {
  return (await readChip(page, postId))?.text ?? '';
}

type Spot = { x: number; y: number } | string;

/**
 * Presses the chip's button labelled `label` with the mouse, as the operator does: the button is
 * scrolled into view and clicked at its centre once it is shown and nothing covers it there.
 */
export async function pressChip(page: Page, postId: string, label: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const spot: Spot | null = await inChip(page, postId, (root, wanted) => {
      const button = [...root.querySelectorAll('button')].find((b) => !b.hidden && b.innerText.trim() === wanted);
      if (!button) return `no button "${wanted}" shown`;
      button.scrollIntoView({ block: 'center', inline: 'center' });
      const box = button.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const top = root.elementFromPoint(x, y);
      return top && button.contains(top) ? { x, y } : `"${wanted}" is covered at (${x}, ${y})`;
    }, label);
    if (spot && typeof spot === 'object') return page.mouse.click(spot.x, spot.y);
    if (Date.now() > until) throw new Error(`cannot press "${label}" on the chip of ${postId}: ${spot ?? 'no chip'}`);
    await page.waitForTimeout(100);
  }
}

/** Puts the keyboard focus on the chip's category menu (then `page.keyboard` picks, as a person would). */
export async function focusChipMenu(page: Page, postId: string): Promise<void> {
  const focused = await inChip(page, postId, (root) => {
    const menu = root.querySelector('select');
    menu?.focus();
    return root.activeElement === menu;
  });
  if (!focused) throw new Error(`the chip of ${postId} has no category menu to focus`);
}
