import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { buildTimelinePage, type TimelinePost } from '../e2e/support/x-timeline';
import { enableCors, startTeamServer, type SyncServer } from '../sync-server/server';
import { article as chromiumArticle, markHandled, openOperator, type BrowserOperator } from '../sync-server/browser-operator';
import { launchFirefox, openSidebarPage, routeXPage, waitFor, type FirefoxWithExtension } from './support/firefox';
import { article, chipText, pressChip } from './support/x-page';

// Two operators of one team, one in Chromium (Playwright, as the Chromium sync tests run it) and one
// in Firefox, against a real CouchDB-protocol server (pouchdb-server on 127.0.0.1). The Firefox
// operator turns sync on in the sidebar's settings form, which asks Firefox for the server's
// permission at that click; then a post handled in either browser shows as handled in the other.

const OPERATORS = [
  { name: '佐藤', password: 'fx-pw-sato' },
  { name: '鈴木', password: 'fx-pw-suzuki' },
];
const TEAM = 'Firefox Support';
const POSTS: TimelinePost[] = [
  { id: '1970000000000000201', handle: 'tanaka_k', name: '田中', text: 'ミドリ電機の冷蔵庫が壊れた。返金してほしい' },
  { id: '1970000000000000202', handle: 'mori', name: '森', text: 'ﾐﾄﾞﾘ電機のアプリが起動しない、至急なんとかして' },
];

type FirefoxApi = { browser: { permissions: { getAll(): Promise<{ origins: string[]; data_collection?: string[] }> } } };

let server: SyncServer;
let chromium: BrowserOperator;
let fx: FirefoxWithExtension;
let x: Page;

/** The sidebar's settings form, filled and saved as the operator does. */
async function turnSyncOnInFirefox(who: { name: string; password: string }): Promise<Page> {
  const panel = await openSidebarPage(fx);
  await (await panel.waitForSelector('[data-testid="tab-settings"]'))!.click();
  for (const [field, value] of [['url', server.url], ['team', TEAM], ['user', who.name], ['password', who.password]] as const) {
    await (await panel.waitForSelector(`[data-testid="sync-${field}"]`))!.type(value);
  }
  await (await panel.waitForSelector('[data-testid="sync-save"]'))!.click();
  await waitFor(() => panel.$('[data-testid="sync-notice"]'), 5_000, 'the sync settings notice');
  return panel;
}

before(async () => {
  ({ server } = await startTeamServer(TEAM, OPERATORS));
  // Chromium's operator has no way to press "Allow" on the permission prompt: the server lets it
  // through CORS, as the Chromium sync tests do.
  await enableCors(server.url);
  [chromium, fx] = await Promise.all([openOperator(server.url, TEAM, OPERATORS[0]!, POSTS), launchFirefox()]);
});
after(async () => {
  await Promise.all([chromium?.close(), fx?.close()]);
  await server?.stop();
});

test('sync is turned on from the Firefox sidebar: the server permission is asked for and granted at that click', async () => {
  const panel = await turnSyncOnInFirefox(OPERATORS[1]!);
  const notice = await panel.$eval('[data-testid="sync-notice"]', (n) => n.textContent ?? '');
  assert.equal(notice, '保存しました。同期を開始します。');
  const origin = `${new URL(server.url).origin}/*`;
  const granted = await panel.evaluate(() => (globalThis as unknown as FirefoxApi).browser.permissions.getAll());
  assert.ok(granted.origins.includes(origin), `Firefox granted ${origin}`);
  // Asked in the same prompt: what the team server receives (the manifest's optional data collection).
  assert.deepEqual(granted.data_collection?.sort(), ['authenticationInfo', 'websiteContent']);
  await waitFor(() => panel.$('[data-testid="sync-status"][data-state="up-to-date"]'), 15_000, 'sync to be up to date');
  await panel.close();

  x = await fx.browser.newPage();
  await routeXPage(x, { '/home': buildTimelinePage(POSTS) });
  await x.goto('https://x.com/home');
  await waitFor(() => x.$(`${article(POSTS[0]!.id)} [data-kizuki-chip]`), 15_000, "the Firefox operator's chips");
});

test('a post handled in Chromium shows as handled in Firefox, and one handled in Firefox shows in Chromium', async () => {
  assert.ok(x, 'the previous test opened x.com in Firefox');
  const [first, second] = POSTS as [TimelinePost, TimelinePost];
  await chromiumArticle(chromium.page, first.id).locator('[data-kizuki-chip]').waitFor();
  await markHandled(chromium, first.id);
  await waitFor(() => x.$(`${article(first.id)}[data-kizuki-handled="team"]`), 10_000, "Chromium's handled post in Firefox");
  assert.match(await chipText(x, first.id), /対応済み · 佐藤/);

  await x.bringToFront();
  await pressChip(x, second.id, '対応済みにする');
  await waitFor(() => x.$(`${article(second.id)}[data-kizuki-handled="mine"]`), 5_000, 'the post handled in Firefox');
  await waitFor(
    async () => (await chromiumArticle(chromium.page, second.id).getAttribute('data-kizuki-handled')) === 'team',
    10_000,
    "Firefox's handled post in Chromium",
  );
});
