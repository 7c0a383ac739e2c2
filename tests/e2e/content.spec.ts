import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { chipText, focusChipMenu, inChip, pressChip, readChip } from './support/chip';
import { routeX } from './support/x-routes';
import {
  appendCellsInPage, buildStatusPage, buildTimelinePage, cellContentHtml, navigateInPage, recycleCellInPage, timelineSectionHtml,
  type TimelinePost,
} from './support/x-timeline';

// The content script on routed x.com pages: highlights, attributes and chips for posts that mention
// the demo pack's brand (ミドリ電機) in its variants; ads, quotes, recycled cells and client-side
// navigation; the notice when X's markup is not recognised.

const POSTS: TimelinePost[] = [
  { id: '1900000000000000001', handle: 'tanaka_k', name: '田中', text: 'ミドリ電機の冷蔵庫が壊れた。返金してほしい', counts: { replies: 3, reposts: 1, likes: 12 } },
  { id: '1900000000000000002', handle: 'suzuki88', name: '鈴木', text: 'みどり電機のサポートって何時まで営業してますか' },
  { id: '1900000000000000003', handle: 'yamada_t', name: '山田', text: 'ﾐﾄﾞﾘ電機のイヤホン最高！ありがとう 🎧' },
  { id: '1900000000000000004', handle: 'kato_m', name: '加藤', text: '#ミドリ電機 アプリにダークモードを追加してほしいです' },
  { id: '1900000000000000005', handle: 'ito_s', name: '伊藤', text: '今日はいい天気ですね。散歩に行きます' },
  { id: '1900000000000000006', handle: 'midori_ad', name: 'セール情報', text: 'ミドリ電機 大感謝セール開催中！', ad: true },
  {
    id: '1900000000000000007', handle: 'obata', name: '小幡', text: 'これ本当なの？',
    quote: { handle: 'news_jp', name: 'ニュース', text: 'ミドリ電機が返金対応を発表' },
  },
  {
    id: '1900000000000000008', handle: 'hayashi', name: '林', text: 'ミドリ電機のこの件、詳しく知りたい',
    quote: { handle: 'other', name: 'だれか', text: '詐欺みたいな話だ' },
  },
  { id: '1900000000000000009', handle: 'mori', name: '森', text: 'ミドリ電機前のバス停で待ち合わせ' },
];
const byId = (id: string) => POSTS.find((p) => p.id.endsWith(id))!;

// The extension API as extension pages see it (evaluated there, not in Node).
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

type Found = Record<string, Record<string, string[]>>;

/**
 * Reads the CSS highlight registry in the PAGE's world (it is shared with the content script's) and
 * groups each range's text by the post it is in. Ranges inside a quoted post are reported under
 * "<id>/quote"; ranges on nodes that left the page under "detached".
 */
function readHighlights(page: Page): Promise<Found> {
  return page.evaluate(() => {
    const out: Record<string, Record<string, string[]>> = {};
    for (const kind of ['brand', 'complaint', 'question', 'request', 'praise', 'urgent']) {
      const highlight = CSS.highlights.get(`kizuki-${kind}`);
      for (const range of (highlight ?? []) as Iterable<Range>) {
        const node = range.startContainer;
        const el = node instanceof Element ? node : node.parentElement;
        const article = el?.closest('article[data-testid="tweet"]');
        const href = article?.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute('href') ?? '';
        const inQuote = !!el?.closest('div[role="link"]');
        const key = !node.isConnected ? 'detached' : `${href.split('/').pop()}${inQuote ? '/quote' : ''}`;
        ((out[key] ??= {})[kind] ??= []).push(range.toString());
      }
    }
    return out;
  });
}

function article(page: Page, id: string) {
  return page.locator(`article[data-testid="tweet"]:has(a[href*="/status/${id}"])`);
}

/** The operator's name, as settings stores it (WXT storage item local:operatorSettings). */
async function storeOperator(context: BrowserContext): Promise<void> {
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
      operatorSettings: { operator: '佐藤', signature: '', retentionDays: 365 },
    }),
  );
}

async function openTimeline(context: BrowserContext, posts = POSTS, path = '/home'): Promise<Page> {
  await routeX(context, { [path]: buildTimelinePage(posts) });
  const page = await context.newPage();
  await page.goto(`https://x.com${path}`);
  await expect(page.locator('article[data-kizuki-category]').first()).toBeVisible();
  return page;
}

test('brand posts are highlighted, labelled and get a chip; other posts, ads and exclusions are left alone', async ({ context }) => {
  const page = await openTimeline(context);
  await expect.poll(async () => Object.keys(await readHighlights(page)).sort()).toEqual(
    ['1900000000000000001', '1900000000000000002', '1900000000000000003', '1900000000000000004', '1900000000000000008'],
  );
  const found = await readHighlights(page);
  // Every spelling of the brand is found and the highlight covers exactly the text as written.
  expect(found['1900000000000000001']!.brand).toEqual(['ミドリ電機']);
  expect(found['1900000000000000002']!.brand).toEqual(['みどり電機']);
  expect(found['1900000000000000003']!.brand).toEqual(['ﾐﾄﾞﾘ電機']);
  // Inside X's hashtag link; whether the span includes the "#" is the matcher's choice.
  expect(found['1900000000000000004']!.brand).toEqual([expect.stringMatching(/^#?ミドリ電機$/)]);
  expect(found['1900000000000000001']!.urgent).toEqual(['返金']);
  expect(found['1900000000000000001']!.complaint?.join('')).toContain('壊れ');

  await expect(article(page, byId('01').id)).toHaveAttribute('data-kizuki-category', 'complaint');
  await expect(article(page, byId('02').id)).toHaveAttribute('data-kizuki-category', 'question');
  await expect(article(page, byId('03').id)).toHaveAttribute('data-kizuki-category', 'praise');
  await expect(article(page, byId('04').id)).toHaveAttribute('data-kizuki-category', 'request');
  const urgent = Number(await article(page, byId('01').id).getAttribute('data-kizuki-priority'));
  const praise = Number(await article(page, byId('03').id).getAttribute('data-kizuki-priority'));
  expect(urgent).toBeGreaterThan(praise);

  // Not a brand post, an ad, a brand only in the quoted post, and an exclusion (ミドリ電機前).
  for (const id of ['05', '06', '07', '09']) {
    await expect(article(page, byId(id).id)).not.toHaveAttribute('data-kizuki-category', /.*/);
    await expect(article(page, byId(id).id).locator('[data-kizuki-chip]')).toHaveCount(0);
  }

  const chip = article(page, byId('01').id).locator('[data-kizuki-chip]');
  await expect(chip).toBeVisible();
  // The category is shown by the chip's correction menu, set to the rules' reading.
  await expect.poll(() => readChip(page, byId('01').id)).toEqual({
    text: `苦情 優先度 ${urgent} 対応済みにする 返信`,
    category: 'complaint',
    menuLabel: '分類を訂正',
    buttons: ['対応済みにする', '返信'],
    error: null,
  });
});

test('the chip is styled from the content script’s style sheet: category and priority colours, filled and outlined buttons, the category menu folded', async ({ context }) => {
  const page = await openTimeline(context);
  const look = (postId: string) => inChip(page, postId, (root) => {
    const style = (part: string) => {
      const el = root.querySelector(`[part~=${part}]`);
      if (!el) return null;
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, color: s.color, display: s.display, radius: s.borderRadius, weight: s.fontWeight };
    };
    return { chip: style('chip'), cat: style('cat'), prio: style('prio'), menu: style('menu'), mark: style('mark'), reply: style('reply'), after: getComputedStyle(root.querySelector('[part~=cat]')!, '::after').content };
  });
  await expect.poll(async () => (await look(byId('01').id))?.cat?.background).toBe('rgb(198, 40, 40)');
  const complaint = (await look(byId('01').id))!;
  // A pill of white bold text on the category's colour, a ▾ saying it unfolds, the row of categories folded away.
  expect(complaint.chip).toMatchObject({ display: 'inline-flex', radius: '99px' });
  expect(complaint.cat).toMatchObject({ color: 'rgb(255, 255, 255)', weight: '700', radius: '99px' });
  expect(complaint.after).toBe('" ▾"');
  expect(complaint.menu?.display).toBe('none');
  // Mark handled is filled, reply outlined: the one to press stands out.
  expect(complaint.mark).toMatchObject({ background: 'rgb(29, 155, 240)', color: 'rgb(255, 255, 255)' });
  expect(complaint.reply).toMatchObject({ background: 'rgba(0, 0, 0, 0)', color: 'rgb(29, 155, 240)' });
  // A question and praise get their own colours; an urgent complaint's priority is red, a praise's is not.
  await expect.poll(async () => (await look(byId('02').id))?.cat?.background).toBe('rgb(21, 101, 192)');
  const praise = (await look(byId('03').id))!;
  expect(praise.cat?.background).toBe('rgb(46, 125, 50)');
  expect(complaint.prio?.background).toBe('rgb(198, 40, 40)');
  expect(praise.prio?.background).not.toBe('rgb(198, 40, 40)');

  // Unfolded from the keyboard, as the operator does, the categories are a row of buttons, the current one filled.
  await focusChipMenu(page, byId('01').id);
  await page.keyboard.press('Enter');
  const row = () => inChip(page, byId('01').id, (root) => {
    const menu = root.querySelector<HTMLElement>('[part~=menu]')!;
    const picks = [...menu.querySelectorAll('button')];
    return {
      display: getComputedStyle(menu).display,
      pressed: picks.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => getComputedStyle(b).backgroundColor),
      others: [...new Set(picks.filter((b) => b.getAttribute('aria-pressed') !== 'true').map((b) => getComputedStyle(b).backgroundColor))],
    };
  });
  // (A flex row; the pill around it makes it a block-level flex item.)
  await expect.poll(async () => (await row())?.display).toBe('flex');
  expect(await row()).toMatchObject({ pressed: ['rgb(29, 155, 240)'], others: ['rgba(0, 0, 0, 0)'] });
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await row())?.display).toBe('none');
});

test('only posts near the screen carry highlights: a brand post far down the timeline is labelled and chipped, and highlighted as it scrolls near', async ({ context }) => {
  // Every custom highlight in the page is repainted whenever X changes anything; so only posts within
  // half a screen of the viewport carry theirs.
  const chatter = Array.from({ length: 40 }, (_, i) => ({ id: String(1900000000000000100n + BigInt(i)), handle: `c${i}`, name: `C${i}`, text: `今日の出来事 その${i}。特に何もない一日だった` }));
  const far = { id: '1900000000000000199', handle: 'far', name: '遠く', text: 'ミドリ電機のルーターが繋がらない' };
  const page = await openTimeline(context, [POSTS[0]!, ...chatter, far]);
  await expect(article(page, far.id)).toHaveAttribute('data-kizuki-category', 'complaint');
  await expect(article(page, far.id).locator('[data-kizuki-chip]')).toHaveCount(1);
  await expect.poll(async () => Object.keys(await readHighlights(page))).toEqual([POSTS[0]!.id]);
  await article(page, far.id).scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readHighlights(page))[far.id]?.brand).toEqual(['ミドリ電機']);
  expect((await readHighlights(page))[POSTS[0]!.id]).toBeUndefined();
});

test("a quoted post's words are never highlighted as the quoting post's", async ({ context }) => {
  const page = await openTimeline(context);
  await expect.poll(async () => (await readHighlights(page))['1900000000000000008']?.brand).toEqual(['ミドリ電機']);
  const found = await readHighlights(page);
  expect(Object.keys(found).filter((k) => k.endsWith('/quote'))).toEqual([]);
  // 詐欺 (urgent) is only in the quote: the outer post is a question, not urgent.
  expect(found['1900000000000000008']!.urgent).toBeUndefined();
  await expect(article(page, byId('08').id)).toHaveAttribute('data-kizuki-category', 'question');
});

test('recycled cells: a cell that now shows another post shows that post, and nothing of the old one', async ({ context }) => {
  const page = await openTimeline(context);
  await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBe(5);

  // X reuses cell 0 (the urgent complaint) for a post without the brand, and cell 4 (no brand) for one with it.
  const calm: TimelinePost = { id: '1900000000000000101', handle: 'abe', name: '阿部', text: '週末はキャンプに行く予定' };
  const fresh: TimelinePost = { id: '1900000000000000102', handle: 'ueda', name: '上田', text: 'ミドリモバイルが圏外ばかりで困ってる' };
  await page.evaluate(recycleCellInPage, { index: 0, html: cellContentHtml(calm) });
  await page.evaluate(recycleCellInPage, { index: 4, html: cellContentHtml(fresh) });

  await expect.poll(async () => Object.keys(await readHighlights(page)).sort()).toEqual(
    ['1900000000000000002', '1900000000000000003', '1900000000000000004', '1900000000000000008', '1900000000000000102'],
  );
  expect((await readHighlights(page))['1900000000000000102']!.brand).toEqual(['ミドリモバイル']);
  await expect(article(page, calm.id)).not.toHaveAttribute('data-kizuki-category', /.*/);
  await expect(article(page, calm.id).locator('[data-kizuki-chip]')).toHaveCount(0);
  await expect(article(page, fresh.id)).toHaveAttribute('data-kizuki-category', 'complaint');
  await expect(article(page, fresh.id).locator('[data-kizuki-chip]')).toBeVisible();
});

test('an article whose content X swaps in place is re-read from its current content', async ({ context }) => {
  const page = await openTimeline(context);
  await expect(article(page, byId('02').id)).toHaveAttribute('data-kizuki-category', 'question');
  // Same <article> element, new post: X's virtual list re-renders text and permalink in place.
  await page.evaluate(() => {
    const a = document.querySelector('article:has(a[href$="/status/1900000000000000002"])')!;
    a.querySelector('a[href*="/status/"]:has(time)')!.setAttribute('href', '/nomura/status/1900000000000000201');
    a.querySelector('[data-testid="tweetText"]')!.innerHTML = '<span>ミドリ電機で詐欺の電話があった、至急確認して</span>';
  });
  await expect(article(page, '1900000000000000201')).toHaveAttribute('data-kizuki-category', 'complaint');
  await expect.poll(async () => (await readHighlights(page))['1900000000000000201']?.urgent?.sort()).toEqual(['至急', '詐欺']);
  const found = await readHighlights(page);
  expect(found['1900000000000000002']).toBeUndefined();
  expect(found.detached).toBeUndefined();
  await expect(article(page, '1900000000000000201').locator('[data-kizuki-chip]')).toHaveCount(1);
});

test('client-side navigation: the new page is read, nothing of the old page stays highlighted', async ({ context }) => {
  const page = await openTimeline(context);
  await expect.poll(async () => Object.keys(await readHighlights(page)).length).toBe(5);
  const search: TimelinePost[] = [
    { id: '1900000000000000301', handle: 'kimura', name: '木村', text: 'Midori Denki の配送まだ届かない…' , lang: 'ja' },
    { id: '1900000000000000302', handle: 'sato_r', name: '佐藤', text: '駅前のカフェが美味しかった' },
  ];
  await page.evaluate(navigateInPage, {
    path: '/search?q=%E3%83%9F%E3%83%89%E3%83%AA&f=live',
    title: 'ミドリ - 検索 / X',
    sectionHtml: timelineSectionHtml(search, '検索タイムライン'),
  });
  await expect.poll(async () => Object.keys(await readHighlights(page))).toEqual(['1900000000000000301']);
  expect((await readHighlights(page))['1900000000000000301']!.brand).toEqual(['Midori Denki']);
  await expect(article(page, search[0]!.id)).toHaveAttribute('data-kizuki-category', 'complaint');
  await expect(page.locator('[data-kizuki-chip]')).toHaveCount(1);
});

test('mark handled from the chip: state on the chip and the article, undo brings it back', async ({ context }) => {
  await storeOperator(context);
  const page = await openTimeline(context);
  const id = byId('01').id;
  const post = article(page, id);
  await pressChip(page, id, '対応済みにする');
  await expect(post).toHaveAttribute('data-kizuki-handled', 'mine');
  await expect.poll(() => chipText(page, id)).toMatch(/対応済み · 佐藤 · (たった今|\d+分前)/);
  // The click stayed on the chip: X's article did not navigate to the post.
  expect(new URL(page.url()).pathname).toBe('/home');
  await expect.poll(async () => (await readChip(page, id))?.buttons).toEqual(['元に戻す', '返信']);
  // X's reply box opens over the timeline at a URL of its own: the post stays, and so do its chip
  // and the chance to undo.
  await page.evaluate(() => history.pushState({}, '', '/compose/post'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
  expect((await readChip(page, id))?.buttons).toEqual(['元に戻す', '返信']);
  await pressChip(page, id, '元に戻す');
  await expect(post).not.toHaveAttribute('data-kizuki-handled', /.*/);
  await expect.poll(async () => (await readChip(page, id))?.buttons).toEqual(['対応済みにする', '返信']);
});

test("x.com's own scripts cannot reach the chip: its shadow root is closed, a synthetic click does nothing, and no name is in the page's attributes", async ({ context }) => {
  await storeOperator(context);
  const page = await openTimeline(context);
  const id = byId('01').id;
  const post = article(page, id);
  await expect.poll(async () => (await readChip(page, id))?.buttons).toContain('対応済みにする');
  // What a page script can do: look for the chip's buttons, click() the chip, dispatch clicks and
  // key presses at it and at whatever is at the button's place on screen.
  const where = (await inChip(page, id, (root) => {
    const box = root.querySelector('button[data-action="mark"]')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }))!;
  const seen = await post.evaluate((el, { x, y }) => {
    const host = el.querySelector<HTMLElement>('[data-kizuki-chip]')!;
    const atPoint = document.elementFromPoint(x, y);
    for (const target of [host, atPoint]) {
      if (!(target instanceof HTMLElement)) continue;
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    return { shadowRoot: host.shadowRoot, atPointIsHost: atPoint === host, buttons: host.shadowRoot?.querySelectorAll('button').length ?? 0 };
  }, where);
  // The page sees the chip's box and nothing inside it.
  expect(seen).toEqual({ shadowRoot: null, atPointIsHost: true, buttons: 0 });
  await page.waitForTimeout(1_000);
  await expect(post).not.toHaveAttribute('data-kizuki-handled', /.*/);
  expect((await readChip(page, id))?.buttons).toContain('対応済みにする');
  // An untrusted click even on the button itself (as if a script had found it) is ignored too.
  await inChip(page, id, (root) => {
    const button = root.querySelector<HTMLButtonElement>('button[data-action="mark"]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await page.waitForTimeout(1_000);
  await expect(post).not.toHaveAttribute('data-kizuki-handled', /.*/);
  // The operator's own click works, and the article says "handled" without saying who.
  await pressChip(page, id, '対応済みにする');
  await expect(post).toHaveAttribute('data-kizuki-handled', 'mine');
  await expect.poll(() => chipText(page, id)).toMatch(/対応済み · 佐藤/);
  const attributes = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)).join('\n'));
  expect(attributes).not.toContain('佐藤');
});

test("X's markup not recognised: a visible notice says Kizuki cannot read the page", async ({ context }) => {
  // Cells with posts in them, but X has renamed the post testid: nothing can be recognised.
  const broken = buildTimelinePage(POSTS.slice(0, 4)).replaceAll('data-testid="tweet"', 'data-testid="post-v2"');
  await routeX(context, { '/home': broken, '/ok': buildTimelinePage(POSTS.slice(0, 4)) });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  const notice = page.getByRole('alert').filter({ hasText: 'Kizuki がこのページを読み取れません' });
  await expect(notice).toBeVisible();
  // Styled from the content script's sheet through its parts: white on red, fixed at the top of the page over X's.
  expect(await notice.evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, background: s.backgroundColor, color: s.color, zIndex: s.zIndex, top: el.getBoundingClientRect().top };
  })).toEqual({ position: 'fixed', background: 'rgb(176, 0, 32)', color: 'rgb(255, 255, 255)', zIndex: '2147483647', top: 12 });

  const ok = await context.newPage();
  await ok.goto('https://x.com/ok');
  await expect(ok.locator('article[data-kizuki-category]').first()).toBeVisible();
  await ok.waitForTimeout(2500);
  await expect(ok.getByRole('alert')).toHaveCount(0);
});

for (const theme of ['light', 'dim', 'dark'] as const) {
  test(`highlights and chips render on X's ${theme} theme (screenshot)`, async ({ context }, testInfo) => {
    await routeX(context, { '/home': buildTimelinePage(POSTS.slice(0, 5), { theme }) });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    const chip = article(page, byId('01').id).locator('[data-kizuki-chip]');
    await expect(chip).toBeVisible();
    // The highlight must actually paint: the pixels under the brand term differ from the page background.
    const shot = await page.screenshot({ path: testInfo.outputPath(`content-${theme}.png`) });
    expect(shot.byteLength).toBeGreaterThan(10_000);
    const painted = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('kizuki-brand') as unknown as Iterable<Range>)][0]!;
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + 2, w: r.width };
    });
    expect(painted.w).toBeGreaterThan(0);
    const clip = await page.screenshot({ clip: { x: painted.x, y: painted.y, width: 1, height: 1 } });
    const plain = await page.screenshot({ clip: { x: 5, y: painted.y, width: 1, height: 1 } });
    expect(Buffer.compare(clip, plain)).not.toBe(0);
    // README picture: `UPDATE_SCREENSHOTS=1 npx playwright test tests/e2e/content.spec.ts -g light`.
    if (theme === 'light' && process.env.UPDATE_SCREENSHOTS) {
      await page.setViewportSize({ width: 760, height: 760 });
      await page.locator('[data-testid="primaryColumn"]').screenshot({ path: 'docs/screenshot-content.png' });
    }
  });
}

/** Reads one object store of the extension's database from an extension page (same origin as the background). */
function readStore(panel: Page, store: string): Promise<unknown[]> {
  return panel.evaluate(
    (name) => new Promise<unknown[]>((resolve, reject) => {
      const req = indexedDB.open('kizuki');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const all = req.result.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
        all.onerror = () => reject(all.error);
      };
    }),
    store,
  );
}

test('the side panel side: seen brand posts are stored for this tab, Reply selects a post, focus scrolls to it', async ({ context, extensionId }) => {
  const many = [...POSTS, ...Array.from({ length: 30 }, (_, i) => ({ id: String(1900000000000000400n + BigInt(i)), handle: `u${i}`, name: `U${i}`, text: '特に何もない一日だった' }))];
  // The brand post to focus sits at the very end, off screen.
  const last: TimelinePost = { id: '1900000000000000499', handle: 'last', name: '最後', text: 'ミドリ電機のルーターが圏外になる' };
  const page = await openTimeline(context, [...many, last]);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!);

  type Seen = { postId: string; tabId: number; category: string };
  await expect.poll(async () => ((await readStore(panel, 'seenPosts')) as Seen[]).map((s) => s.postId).sort()).toEqual(
    ['1900000000000000001', '1900000000000000002', '1900000000000000003', '1900000000000000004', '1900000000000000008', last.id],
  );
  const seen = (await readStore(panel, 'seenPosts')) as Seen[];
  expect(new Set(seen.map((s) => s.tabId))).toEqual(new Set([tabId]));
  expect(seen.find((s) => s.postId === last.id)?.category).toBe('complaint');

  await page.bringToFront();
  await pressChip(page, byId('02').id, '返信');
  await expect.poll(async () => ((await readStore(panel, 'kv')) as { key: string; value: { postId: string } }[]).find((r) => r.key === 'selectedPost')?.value.postId)
    .toBe(byId('02').id);

  await expect(article(page, last.id)).not.toBeInViewport();
  const reply = await panel.evaluate((req) => chrome.runtime.sendMessage(req), { type: 'post/focus', tabId, postId: last.id });
  expect(reply).toEqual({ ok: true, found: true });
  await expect(article(page, last.id)).toHaveAttribute('data-kizuki-focused', '');
  await expect(article(page, last.id)).toBeInViewport();
  const missing = await panel.evaluate((req) => chrome.runtime.sendMessage(req), { type: 'post/focus', tabId, postId: '1900000000009999999' });
  expect(missing).toEqual({ ok: true, found: false });
});

test('a brand post whose cell X recycles before Kizuki reads it still reaches the queue, and nothing of it stays marked', async ({ context, extensionId }) => {
  const page = await openTimeline(context);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.bringToFront();
  const passing: TimelinePost = { id: '1900000000000000301', handle: 'fast', name: '速水', text: 'ミドリ電機の洗濯機から水漏れ、床が水浸し' };
  const calm: TimelinePost = { id: '1900000000000000302', handle: 'calm', name: '静', text: '週末はキャンプに行く予定' };
  // A fast scroll on a busy machine: X adds the post, the content script hears of it (its observer
  // runs at the next microtask) and waits for the next frame to read it, and X reuses the cell for
  // the next post before that frame comes.
  await page.evaluate(async ({ shown, next }) => {
    const list = document.querySelector('section[role="region"] > div[aria-label] > div')!;
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.innerHTML = shown;
    list.append(cell);
    await Promise.resolve();
    await Promise.resolve();
    cell.innerHTML = next;
  }, { shown: cellContentHtml(passing), next: cellContentHtml(calm) });

  type Seen = { postId: string; category: string };
  await expect.poll(async () => ((await readStore(panel, 'seenPosts')) as Seen[]).find((s) => s.postId === passing.id)?.category).toBe('complaint');
  await expect(article(page, calm.id)).toBeVisible();
  await expect(article(page, calm.id)).not.toHaveAttribute('data-kizuki-category', /.*/);
  expect((await readHighlights(page)).detached).toBeUndefined();
});

test('a post’s own page (/status/): the opened post and the replies are read', async ({ context }) => {
  const focal: TimelinePost = { id: '1900000000000000601', handle: 'tanaka_k', name: '田中', text: 'ミドリ電機のエアコンから煙が出た。至急対応してください' };
  const replies: TimelinePost[] = [
    { id: '1900000000000000602', handle: 'midori_support', name: 'ミドリ電機サポート', text: '@tanaka_k ご不便をおかけしております。DMで詳細をお知らせください' },
    { id: '1900000000000000603', handle: 'other', name: 'だれか', text: '大丈夫？' },
  ];
  await routeX(context, { '/tanaka_k/status/1900000000000000601': buildStatusPage(focal, replies) });
  const page = await context.newPage();
  await page.goto('https://x.com/tanaka_k/status/1900000000000000601');
  await expect(article(page, focal.id)).toHaveAttribute('data-kizuki-category', /^(complaint|request)$/);
  await expect(article(page, focal.id).locator('[data-kizuki-chip]')).toBeVisible();
  await expect.poll(async () => (await readHighlights(page))[focal.id]?.urgent).toContain('至急');
  // The brand in the replier's display name is not in the post's text: that reply is not a brand post.
  await expect(article(page, replies[0]!.id)).not.toHaveAttribute('data-kizuki-category', /.*/);
  await expect(article(page, replies[1]!.id)).not.toHaveAttribute('data-kizuki-category', /.*/);
});

/** Writes one record into a store of the extension's database from an extension page. */
function putRecord(panel: Page, store: string, record: object): Promise<void> {
  return panel.evaluate(
    ([name, value]) => new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('kizuki');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const tx = req.result.transaction(name as string, 'readwrite');
        tx.objectStore(name as string).put(value);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    }),
    [store, record] as const,
  );
}

test("pushes from the background: a teammate's handled record, a claim and a new pack show without a reload", async ({ context, extensionId }) => {
  const page = await openTimeline(context);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/*' }))[0]!.id!);
  // What the background's watches send (tabs.sendMessage), sent here from an extension page.
  const push = (message: object) => panel.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);

  const post = byId('03');
  await putRecord(panel, 'handled', {
    postId: post.id, operator: 'suzuki', operatorName: '鈴木', url: `https://x.com/${post.handle}/status/${post.id}`, authorHandle: post.handle,
    category: 'praise', priority: 0, brands: ['midori'], action: 'replied', handledAt: Date.now() - 120_000, publishedAt: null, sync: 'remote',
  });
  await push({ type: 'push/state-changed', postIds: 'all' });
  await expect(article(page, post.id)).toHaveAttribute('data-kizuki-handled', 'team');
  await expect.poll(() => chipText(page, post.id)).toContain('対応済み · 鈴木 · 2分前');

  // A teammate opened the composer on another post: their claim shows until it expires.
  await putRecord(panel, 'claims', { postId: byId('04').id, operator: 'sato', operatorName: '佐藤', expiresAt: Date.now() + 120_000 });
  await push({ type: 'push/state-changed', postIds: [byId('04').id] });
  await expect.poll(() => chipText(page, byId('04').id)).toContain('佐藤さんが返信中');

  // A team lead's pack for another brand: the open timeline is re-read with it.
  const pack = { format: 'kizuki.pack', version: 1, id: 'weather', name: 'Weather', brands: [{ id: 'tenki', name: '天気', terms: ['いい天気'], exclude: [] }] };
  await putRecord(panel, 'packs', { id: 'weather', pack, enabled: true, order: 0, importedAt: Date.now(), source: 'e2e' });
  await push({ type: 'push/spec-changed' });
  await expect(article(page, byId('05').id)).toHaveAttribute('data-kizuki-category', /.+/);
  await expect.poll(async () => Object.keys(await readHighlights(page))).toEqual([byId('05').id]);
  await expect(page.locator('[data-kizuki-chip]')).toHaveCount(1);
});

test('a chip taken away by a re-render of X comes back', async ({ context }) => {
  const page = await openTimeline(context);
  const chip = article(page, byId('01').id).locator('[data-kizuki-chip]');
  await expect(chip).toBeVisible();
  await page.evaluate(() => document.querySelector('article [data-kizuki-chip]')!.remove());
  await expect(chip).toBeVisible();
  await expect(page.locator('[data-kizuki-chip]')).toHaveCount(5);
});

test('a screenful of posts at once is read in short tasks: the page paints while they are read, and every one is read', async ({ context }) => {
  const page = await openTimeline(context);
  const many = Array.from({ length: 300 }, (_, i): TimelinePost => ({
    id: String(1_910_000_000_000_000_000n + BigInt(i)), handle: `user${i}`, name: `ユーザー${i}`, text: `ミドリ電機のルーター、${i}回再起動しても繋がらない`,
  }));
  await page.evaluate(`window.__appendCells = ${appendCellsInPage.toString()}`);
  // Posts read (marked) at each frame the page paints after the insertion, until all are read.
  const readAtFrames = await page.evaluate((htmls) => new Promise<number[]>((done) => {
    (window as unknown as { __appendCells: typeof appendCellsInPage }).__appendCells({ htmls });
    const counts: number[] = [];
    const frame = () => {
      counts.push(document.querySelectorAll('article[data-kizuki-category]').length);
      if (counts.at(-1)! >= htmls.length || counts.length > 600) done(counts);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), many.map(cellContentHtml));
  // Read all at once, the 300 posts would hold the page in one task: no frame would see some read and
  // some not. Read in short tasks, frames come in between.
  const partway = readAtFrames.filter((n) => n > 5 && n < 5 + many.length);
  expect(partway.length, `frames painted while reading: ${readAtFrames.join(', ')}`).toBeGreaterThan(3);
  await expect(page.locator('article[data-kizuki-category]')).toHaveCount(5 + many.length);
  await expect(page.locator('[data-kizuki-chip]')).toHaveCount(5 + many.length);
});
