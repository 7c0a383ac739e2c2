import type { BrowserContext, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/extension';
import { routeX } from './support/x-routes';
import { buildTimelinePage } from './support/x-timeline';

// The content script on REAL saved x.com pages (../shared/data/x-pages, see its SOURCES.txt): the
// pages' own markup, routed at x.com. A pack is written whose brand term comes from the page's posts
// (xingest's own parse for the profile timelines; the post text for the Japanese single post), so
// what must be highlighted is known without hard-coding it.

const DATA = path.resolve(import.meta.dirname, '../..', '../shared/data/x-pages');
const XINGEST = path.join(DATA, 'shaunsales__xingest');
const HARVEST = path.join(DATA, 'EltonChou__TwitterMediaHarvest');
const hasData = existsSync(XINGEST) && existsSync(HARVEST);
if (!hasData) console.log(`content-real-pages: skipped, no saved X pages at ${DATA}`);

interface XingestTweet { tweet_id: string; text: string }

/** Replaces the active packs in the extension's database (what the pack import would store). */
async function usePack(context: BrowserContext, terms: string[]): Promise<void> {
  const [worker] = context.serviceWorkers();
  const pack = { format: 'kizuki.pack', version: 1, id: 'real-page', name: 'Real page', brands: [{ id: 'real', name: 'Real', terms, exclude: [] }] };
  await worker!.evaluate(async (stored) => {
    // The background creates the database (Dexie) when it first answers; only then is it safe to open.
    for (let i = 0; i < 50 && !(await indexedDB.databases()).some((d) => d.name === 'kizuki'); i++) await new Promise((r) => setTimeout(r, 100));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('kizuki');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('packs', 'readwrite');
      tx.objectStore('packs').clear();
      tx.objectStore('packs').put(stored);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { id: 'real-page', pack, enabled: true, order: 0, importedAt: Date.now(), source: 'e2e' });
}

/** Brand highlights per post id, read in the page's world (the registry is shared). */
function brandHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const range of (CSS.highlights.get('kizuki-brand') ?? []) as Iterable<Range>) {
      const el = range.startContainer.parentElement;
      const article = el?.closest('article[data-testid="tweet"]');
      const href = article?.querySelector('a[href*="/status/"] time')?.closest('a')?.getAttribute('href') ?? '';
      const id = href.match(/\/status\/(\d+)/)?.[1] ?? 'unknown';
      (out[id] ??= []).push(range.toString());
    }
    return out;
  });
}

/**
 * The longest word of the first post that has a 6+ letter lower-case word: a term only some posts
 * contain. (xingest's parse joins lines without a space, "publicCheck": such joins are not words.)
 */
function pickTerm(tweets: XingestTweet[]): string {
  for (const t of tweets) {
    const words = t.text.match(/\b[a-z]{6,}\b/g);
    if (words) return words.sort((a, b) => b.length - a.length)[0]!;
  }
  throw new Error('no word to pick');
}

test.describe('real saved X pages', () => {
  test.skip(!hasData, `no saved X pages at ${DATA}`);

  for (const name of ['jason', 'nodepay', 'cz_binance', 'nikitabier', 'okx']) {
    test(`${name}: profile timeline posts that contain a pack term are found and highlighted, no markup notice`, async ({ context }) => {
      const html = readFileSync(path.join(XINGEST, `${name}.html`), 'utf8');
      const { tweets, username } = JSON.parse(readFileSync(path.join(XINGEST, `${name}.json`), 'utf8')) as { tweets: XingestTweet[]; username: string };
      const term = pickTerm(tweets);
      const whole = new RegExp(`(?<![A-Za-z0-9])${term}(?![A-Za-z0-9])`, 'i');
      const expected = tweets.filter((t) => whole.test(t.text)).map((t) => t.tweet_id).sort();
      expect(expected.length, `posts containing "${term}"`).toBeGreaterThan(0);
      await routeX(context, { [`/${username}`]: html });
      const page = await context.newPage();
      await page.goto(`https://x.com/${username}`);
      await usePack(context, [term.toUpperCase()]);
      await page.reload();

      await expect.poll(async () => Object.keys(await brandHighlights(page)).sort()).toEqual(expected);
      for (const texts of Object.values(await brandHighlights(page))) {
        for (const t of texts) expect(t.toLowerCase()).toBe(term.toLowerCase());
      }
      for (const id of expected) {
        await expect(page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${id}"] time)`)).toHaveAttribute('data-kizuki-category', /.+/);
      }
      await expect(page.locator('[data-kizuki-chip]')).toHaveCount(expected.length);
      await page.waitForTimeout(2000);
      await expect(page.getByRole('alert').filter({ hasText: 'Kizuki' })).toHaveCount(0);
    });
  }

  test('a real Japanese post: a term written in hiragana finds its katakana in the post', async ({ context }) => {
    const article = readFileSync(path.join(HARVEST, 'edited-timeline.html'), 'utf8');
    // The saved file is one post's article: put it in a timeline cell of an otherwise empty page.
    const shell = buildTimelinePage([]);
    const html = shell.replace('min-height: 0px;">', `min-height: 0px;"><div data-testid="cellInnerDiv" style="position: absolute; width: 100%;">${article}</div>`);
    expect(html).not.toBe(shell);
    await routeX(context, { '/home': html });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    const text = await page.locator('article [data-testid="tweetText"]').first().evaluate((el) => el.textContent ?? '');
    const katakana = text.match(/[\u30A1-\u30FA]{3,}/)?.[0];
    expect(katakana, 'the saved post has a katakana word').toBeTruthy();
    const hiragana = [...katakana!].map((c) => String.fromCharCode(c.charCodeAt(0) - 0x60)).join('');
    await usePack(context, [hiragana]);
    await page.reload();
    await expect.poll(async () => Object.values(await brandHighlights(page)).flat()).toContain(katakana);
    await expect(page.locator('article[data-testid="tweet"]').first()).toHaveAttribute('data-kizuki-category', /.+/);
    await expect(page.locator('[data-kizuki-chip]')).toBeVisible();
  });
});
