import type { BrowserContext } from '@playwright/test';
import { test, expect } from './support/extension';
import { SHIFT_POSTS } from './support/panel-data';
import { routeX } from './support/x-routes';
import { buildTimelinePage, type TimelinePost } from './support/x-timeline';

// Opening the panel, the page's small start-up script draws the queue's first screen from its first
// read, before React has arrived (components/queue/first-screen.ts); React's first commit replaces it.
// What the operator must not notice: different rows, another order, another look, a row that moves,
// a moment with nothing on screen.

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const TEXTS = ['ミドリ電機の洗濯機が動かない。修理はいつ来るの？', 'ミドリモバイル、料金プランの変更ってどこから？', 'ミドリ電機のポイントが消えてる😡 説明してほしい', 'ミドリ電機の配送、時間通りで助かりました'];
const POSTS: TimelinePost[] = [
  ...SHIFT_POSTS,
  ...Array.from({ length: 20 }, (_, i) => ({ id: String(1_871_000_000_000_000_000n + BigInt(i)), handle: `user_${i}`, name: `利用者${i}`, text: TEXTS[i % TEXTS.length]!.repeat(1 + (i % 3)), time: minutesAgo(5 + i * 7) })),
];

interface Screen {
  at: number;
  /** The screen with the list's rows left out: tabs, filter with its counts, the list's frame. */
  shell: string;
  rows: { postId: string; html: string; rect: { top: number; left: number; width: number; height: number } }[];
}

/** In the panel page, before its scripts: keeps the first screen drawn and React's first screen, and any moment with neither. */
function recordScreens(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const w = window as unknown as { __screens: { first?: Screen; react?: Screen; blankAfterFirst: boolean } };
  w.__screens = { blankAfterFirst: false };
  // Elements as a string: tag, attributes sorted (not `style`: the two place rows differently), text.
  const serialise = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (!(node instanceof Element)) return '';
    const attrs = [...node.attributes].filter((a) => a.name !== 'style' && a.name !== 'data-kizuki-first-screen').map((a) => `${a.name}="${a.value}"`).sort();
    return `<${node.localName} ${attrs.join(' ')}>${[...node.childNodes].map(serialise).join('')}</${node.localName}>`;
  };
  const screen = (main: Element): Screen => {
    const shell = main.cloneNode(true) as Element;
    shell.querySelector('[data-testid=queue-list]')?.replaceChildren();
    const rows = [...main.querySelectorAll<HTMLElement>('[data-testid=queue-item]')].map((li) => {
      const r = li.getBoundingClientRect();
      return { postId: li.dataset.postId!, html: serialise(li), rect: { top: r.top, left: r.left, width: r.width, height: r.height } };
    });
    return { at: performance.now(), shell: serialise(shell), rows };
  };
  new MutationObserver((_, observer) => {
    const main = document.querySelector('#root > main');
    if (!main) {
      if (w.__screens.first) w.__screens.blankAfterFirst = true;
      return;
    }
    if (main.hasAttribute('data-kizuki-first-screen')) w.__screens.first ??= screen(main);
    else if (main.querySelector('[data-testid=queue-item]')) {
      w.__screens.react = screen(main);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function seePosts(context: BrowserContext, extensionId: string): Promise<void> {
  await routeX(context, { '/search': buildTimelinePage(POSTS, { title: '"ミドリ" - 検索 / X' }) });
  const x = await context.newPage();
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA');
  await expect(x.locator('article[data-testid="tweet"]')).toHaveCount(POSTS.length);
  // Every brand post stored before the panel is timed: the first screen then has all of them.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('filter-all')).toContainText(String(POSTS.length));
  await panel.close();
}

for (const uiLocale of ['ja-JP', 'en-US']) {
  test.describe(uiLocale, () => {
    test.use({ uiLocale });

    test('the first screen drawn before React has the rows React shows, in the same order and places, and React takes over with no gap', async ({ context, extensionId }) => {
      await seePosts(context, extensionId);
      await context.addInitScript(recordScreens);
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 360, height: 760 });
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await expect(panel.locator('#root > main:not([data-kizuki-first-screen]) [data-testid=queue-item]').first()).toBeVisible();
      const { first, react, blankAfterFirst } = await panel.evaluate(() => (window as unknown as { __screens: { first?: Screen; react?: Screen; blankAfterFirst: boolean } }).__screens);

      // It was drawn, and before React's.
      expect(first).toBeDefined();
      expect(react).toBeDefined();
      expect(first!.at).toBeLessThanOrEqual(react!.at);
      expect(first!.rows.length).toBeGreaterThanOrEqual(6);
      // Same tabs, filter and counts, and each row the same element for element, in the same order.
      expect(first!.shell).toBe(react!.shell);
      const common = Math.min(first!.rows.length, react!.rows.length);
      expect(common).toBeGreaterThanOrEqual(6);
      expect(first!.rows.slice(0, common).map((r) => r.html)).toEqual(react!.rows.slice(0, common).map((r) => r.html));
      // Where the operator sees them: no row moves or changes size when React takes over.
      for (let i = 0; i < common; i++) {
        const [a, b] = [first!.rows[i]!.rect, react!.rows[i]!.rect];
        for (const k of ['top', 'left', 'width', 'height'] as const) expect(Math.abs(a[k] - b[k]), `row ${i} ${k}`).toBeLessThan(0.5);
      }
      // Never a moment without a screen in between.
      expect(blankAfterFirst).toBe(false);
    });
  });
}

test('keys work on the queue once React has taken over the first screen', async ({ context, extensionId }) => {
  await seePosts(context, extensionId);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.locator('#root > main:not([data-kizuki-first-screen]) [data-testid=queue-item]').first()).toBeVisible();
  const first = await panel.getByTestId('queue-item').nth(0).getAttribute('data-post-id');
  const second = await panel.getByTestId('queue-item').nth(1).getAttribute('data-post-id');
  await panel.keyboard.press('j');
  await expect(panel.locator(`[data-post-id="${second}"]`)).toHaveAttribute('data-cursor', 'true');
  await expect(panel.locator(`[data-post-id="${second}"] .kz-item-select`)).toBeFocused();
  await panel.keyboard.press('k');
  await expect(panel.locator(`[data-post-id="${first}"] .kz-item-select`)).toBeFocused();
});
