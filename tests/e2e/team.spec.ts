import type { Page } from '@playwright/test';
import { chipText } from './support/chip';
import { test, expect, openSidePanel } from './support/extension';
import type { TimelinePost } from './support/x-timeline';
import { buildTimelinePage } from './support/x-timeline';
import { ADMIN, enableCors, startSyncServer, type SyncServer } from '../sync-server/server';
import { article, openOperator } from '../sync-server/browser-operator';
import { setupTeam } from '../../lib/sync/setup';
import { publishPack } from '../../lib/sync/publish-pack';
import type { Pack } from '../../lib/pack/schema';

// The team layer, end to end: two browser profiles with the extension against one pouchdb-server
// (set up with the sync-setup code, a lead among the members). The team inbox, claims seen in it,
// packs from the lead, the server's refusals, reply deadlines and search rounds.

const SATO = { name: '佐藤', password: 'e2e-pw-sato' };
const SUZUKI = { name: '鈴木', password: 'e2e-pw-suzuki' };
const LEAD = { name: '田中', password: 'e2e-pw-tanaka' };
const TEAM = 'E2E Team';
const DB = 'team_e2e_team';
let server: SyncServer;

test.beforeAll(async () => {
  server = await startSyncServer();
  await setupTeam({ url: server.url, admin: ADMIN, team: TEAM, operators: [SATO, SUZUKI], leads: [LEAD], log: () => {} });
  await enableCors(server.url);
});
test.afterAll(async () => server?.stop());
test.describe.configure({ mode: 'serial' });

const post = (id: string, text: string, time?: string): TimelinePost => ({ id, handle: `u${id.slice(-3)}`, name: `客${id.slice(-1)}`, text, ...(time ? { time } : {}) });

/** Sends a request to the background from an extension page, as the composer does. */
function sendFromPanel(panel: Page, request: object): Promise<unknown> {
  return panel.evaluate((req) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(req), request);
}

async function openTab(panel: Page, tab: 'inbox' | 'packs' | 'queue') {
  await panel.getByTestId(`tab-${tab}`).click();
}

const inboxItem = (panel: Page, id: string) => panel.locator(`[data-testid="inbox-item"][data-post-id="${id}"]`);

test("A sees a post and B's inbox shows it; B claims and A sees who is replying", async () => {
  const seen = post('1970000000000000001', 'ミドリ電機の洗濯機から異音がする、至急対応してほしい');
  const a = await openOperator(server.url, TEAM, SATO, [seen]);
  // B's own timeline does not show the post: it reaches B only through the team.
  const b = await openOperator(server.url, TEAM, SUZUKI, [post('1970000000000000099', '今日はいい天気')]);
  try {
    await expect(article(a.page, seen.id).locator('[data-kizuki-chip]')).toBeVisible();
    const panelB = await openSidePanel(b.context, b.extensionId);
    await openTab(panelB, 'inbox');
    const started = Date.now();
    await expect(inboxItem(panelB, seen.id)).toBeVisible({ timeout: 15_000 });
    test.info().annotations.push({ type: 'latency', description: `B's inbox tab opened → A's post listed within ${Date.now() - started} ms` });
    await expect(inboxItem(panelB, seen.id).getByTestId('inbox-first-seen')).toHaveText('佐藤が最初に確認');

    const claimed = (await sendFromPanel(panelB, { type: 'claim/take', postId: seen.id })) as { ok: boolean; heldBy: unknown };
    expect(claimed).toMatchObject({ ok: true, heldBy: null });
    const panelA = await openSidePanel(a.context, a.extensionId);
    await openTab(panelA, 'inbox');
    await expect(inboxItem(panelA, seen.id).getByTestId('inbox-replying')).toHaveText('鈴木さんが返信中', { timeout: 15_000 });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

const SORA = (version: string, extra: Record<string, unknown> = {}) =>
  ({
    format: 'kizuki.pack',
    version: 1,
    id: 'sora',
    name: 'ソラ通信サポート',
    packVersion: version,
    brands: [{ id: 'sora', name: 'ソラ通信', terms: ['ソラ通信'] }],
    signals: [{ category: 'complaint', terms: ['遅い'], weight: 2 }],
    replyDeadline: { replyWithinMinutes: 60 },
    ...extra,
  }) as unknown as Pack;
const LEAD_CREDS = { url: '', user: LEAD.name, password: LEAD.password };

test("the lead publishes a pack: the operator's open x.com page highlights the new term without a reload; a bad one is refused, the previous stays", async () => {
  const soraPost = post('1970000000000000002', 'ソラ通信の回線が今日も遅い');
  const op = await openOperator(server.url, TEAM, SATO, [soraPost]);
  try {
    const target = article(op.page, soraPost.id);
    await expect(op.page.locator('article[data-testid="tweet"]')).toHaveCount(1);
    await expect(target.locator('[data-kizuki-chip]')).toHaveCount(0);
    const published = Date.now();
    await publishPack({ ...LEAD_CREDS, url: server.url }, DB, SORA('1.3'));
    await expect(target.locator('[data-kizuki-chip]')).toBeVisible({ timeout: 60_000 });
    const highlighted = () => op.page.evaluate(() => [...((CSS.highlights.get('kizuki-brand') ?? []) as Iterable<Range>)].map((r) => r.toString()));
    await expect.poll(highlighted).toEqual(['ソラ通信']);
    test.info().annotations.push({ type: 'latency', description: `publish → highlighted on the operator's page within ${Date.now() - published} ms` });

    const panel = await openSidePanel(op.context, op.extensionId);
    await openTab(panel, 'packs');
    await expect(panel.getByTestId('pack-team-label')).toContainText(/チームパック v1\.3 · 田中 · \d\d:\d\d/);
    // Passes the server's envelope check, fails the full pack check: refused on the client, v1.3 stays.
    await publishPack({ ...LEAD_CREDS, url: server.url }, DB, SORA('1.4', { brands: [{ id: 'sora', name: 'ソラ通信' }] }));
    await expect(panel.getByTestId('team-pack-errors')).toContainText('v1.4', { timeout: 30_000 });
    await expect(panel.getByTestId('pack-team-label')).toContainText('v1.3');
    await expect.poll(highlighted).toEqual(['ソラ通信']);
    // The lead fixes it: applied, the error goes.
    await publishPack({ ...LEAD_CREDS, url: server.url }, DB, SORA('1.5'));
    await expect(panel.getByTestId('pack-team-label')).toContainText('v1.5', { timeout: 30_000 });
    await expect(panel.getByTestId('team-pack-errors')).toHaveCount(0);
  } finally {
    await op.close();
  }
});

test("an operator's publish from the Packs tab is refused by the server, with its reason shown", async () => {
  const op = await openOperator(server.url, TEAM, SUZUKI, []);
  try {
    const panel = await openSidePanel(op.context, op.extensionId);
    await openTab(panel, 'packs');
    const mine = { ...SORA('2.0'), id: 'suzuki-own', name: '鈴木の試作' };
    await panel.getByTestId('pack-import').setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await panel.getByTestId('pack-apply').click();
    const row = panel.getByTestId('pack-row-suzuki-own');
    await row.getByTestId('pack-publish').click();
    await expect(row.getByTestId('pack-publish-result')).toContainText('サーバーが拒否しました');
    await expect(row.getByTestId('pack-publish-result')).toContainText('only a team lead may publish packs');
  } finally {
    await op.close();
  }
});

test('a malformed pack document is refused by the server, even from a lead', async () => {
  const auth = { Authorization: `Basic ${Buffer.from(`${LEAD.name}:${LEAD.password}`).toString('base64')}`, 'Content-Type': 'application/json' };
  const put = async (doc: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/${DB}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: auth, body: JSON.stringify(doc) });
    return { status: res.status, reason: ((await res.json()) as { reason?: string }).reason ?? '' };
  };
  const base = { _id: 'pack:bad', type: 'pack', packId: 'bad', packVersion: '1', publisher: LEAD.name, publishedAt: Date.now() };
  const wrongFormat = await put({ ...base, pack: { format: 'other', version: 1, id: 'bad', name: 'x', packVersion: '1', brands: [{}] } });
  expect(wrongFormat).toEqual({ status: 403, reason: expect.stringContaining('pack.format') });
  const noBrands = await put({ ...base, pack: { format: 'kizuki.pack', version: 1, id: 'bad', name: 'x', packVersion: '1', brands: [] } });
  expect(noBrands).toEqual({ status: 403, reason: expect.stringContaining('brands') });
});

test('an overdue post is marked on its chip, in the queue and in the team inbox; a fresh one is not', async () => {
  // The team pack (v1.5) asks for replies within 60 minutes. Post times are the controlled clock:
  // one posted three hours ago, one just now.
  const old = post('1970000000000000003', 'ソラ通信が遅い、三時間前から', new Date(Date.now() - 3 * 3_600_000).toISOString());
  const fresh = post('1970000000000000004', 'ソラ通信が遅い、いま', new Date(Date.now() - 60_000).toISOString());
  const op = await openOperator(server.url, TEAM, SUZUKI, [old, fresh]);
  try {
    await expect.poll(() => chipText(op.page, old.id), { timeout: 30_000 }).toContain('返信期限超過');
    await expect(article(op.page, fresh.id).locator('[data-kizuki-chip]')).toBeVisible();
    await expect.poll(() => chipText(op.page, fresh.id)).toMatch(/\S/);
    expect(await chipText(op.page, fresh.id)).not.toContain('返信期限超過');
    const panel = await openSidePanel(op.context, op.extensionId);
    const queued = (id: string) => panel.locator(`[data-testid="queue-item"][data-post-id="${id}"]`);
    await expect(queued(old.id)).toHaveAttribute('data-overdue', 'true', { timeout: 15_000 });
    await expect(queued(old.id).getByTestId('overdue-mark')).toHaveText('期限超過');
    await expect(queued(fresh.id)).not.toHaveAttribute('data-overdue', 'true');
    await openTab(panel, 'inbox');
    await expect(inboxItem(panel, old.id)).toHaveAttribute('data-overdue', 'true', { timeout: 15_000 });
    // Overdue first (the team's earlier posts, longest overdue, come before it).
    const order = await panel.getByTestId('inbox-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-post-id')));
    expect(order.indexOf(old.id)).toBeLessThan(order.indexOf(fresh.id));
    await expect(inboxItem(panel, fresh.id)).not.toHaveAttribute('data-overdue', 'true');
  } finally {
    await op.close();
  }
});

test("a search round's 'last opened' and its new brand posts reach the teammate", async () => {
  const found = post('1970000000000000005', 'ソラ通信、夜になると遅い');
  const a = await openOperator(server.url, TEAM, SATO, []);
  const b = await openOperator(server.url, TEAM, SUZUKI, []);
  try {
    // X's search page, as the operator's click opens it, shows a brand post nobody has seen.
    await a.context.route(/^https:\/\/x\.com\/search/, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: buildTimelinePage([found]) }));
    const panelA = await openSidePanel(a.context, a.extensionId);
    await openTab(panelA, 'packs');
    // The team's pack (published above) replaces the demo pack, and with it the searches.
    await expect(panelA.getByTestId('pack-team-label')).toBeVisible({ timeout: 15_000 });
    const searchA = panelA.getByTestId('saved-search').first();
    const query = (await searchA.locator('code').textContent())!;
    await expect(searchA.getByTestId('search-last-visit')).toHaveText('未巡回', { timeout: 15_000 });
    const [searchPage] = await Promise.all([a.context.waitForEvent('page'), searchA.getByRole('link').click()]);
    await expect(article(searchPage, found.id).locator('[data-kizuki-chip]')).toBeVisible();

    const panelB = await openSidePanel(b.context, b.extensionId);
    await openTab(panelB, 'packs');
    await expect(panelB.getByTestId('pack-team-label')).toBeVisible({ timeout: 15_000 });
    const searchB = panelB.locator('[data-testid="saved-search"]', { has: panelB.locator('code', { hasText: query }) });
    await expect(searchB.getByTestId('search-last-visit')).toContainText('佐藤', { timeout: 20_000 });
    await expect(searchB.getByTestId('search-last-visit')).toContainText('新着 1 件', { timeout: 20_000 });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
