import type { Page } from '@playwright/test';
import { chipText } from './support/chip';
import { test, expect, openSidePanel } from './support/extension';
import type { TimelinePost } from './support/x-timeline';
import { enableCors, startTeamServer, type SyncServer } from '../sync-server/server';
import { article, markHandled, openOperator, type BrowserOperator } from '../sync-server/browser-operator';

// Two operators, two browser profiles with the extension, one real CouchDB-protocol server
// (pouchdb-server on 127.0.0.1, set up with the sync-setup code). What each operator sees on X.

const OPERATORS = [
  { name: '佐藤', password: 'e2e-pw-sato' },
  { name: '鈴木', password: 'e2e-pw-suzuki' },
];
const TEAM = 'E2E Support';
const POSTS: TimelinePost[] = [
  { id: '1950000000000000001', handle: 'tanaka_k', name: '田中', text: 'ミドリ電機の冷蔵庫が壊れた。返金してほしい' },
  { id: '1950000000000000002', handle: 'kato_m', name: '加藤', text: 'みどり電機のサポートって何時まで営業してますか' },
  { id: '1950000000000000003', handle: 'mori', name: '森', text: 'ﾐﾄﾞﾘ電機のアプリが起動しない、至急なんとかして' },
];

type Operator = BrowserOperator;
let server: SyncServer;

test.beforeAll(async () => {
  ({ server } = await startTeamServer(TEAM, OPERATORS));
  await enableCors(server.url);
});
test.afterAll(async () => server?.stop());

const operator = (who: (typeof OPERATORS)[number]) => openOperator(server.url, TEAM, who, POSTS);

/** Sends a request to the background from an extension page, as the side panel's composer does. */
async function sendFromPanel(panel: Page, request: object): Promise<unknown> {
  return panel.evaluate((req) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(req), request);
}

test.describe.configure({ mode: 'serial' });

test("A marks a post handled: B's chip shows it within 5 seconds", async () => {
  const a = await operator(OPERATORS[0]!);
  const b = await operator(OPERATORS[1]!);
  try {
    const id = POSTS[0]!.id;
    await expect(article(b.page, id).locator('[data-kizuki-chip]')).toBeVisible();
    const clicked = Date.now();
    await markHandled(a, id);
    await expect(article(b.page, id)).toHaveAttribute('data-kizuki-handled', 'team', { timeout: 5_000 });
    await expect(article(a.page, id)).toHaveAttribute('data-kizuki-handled', 'mine');
    await expect.poll(() => chipText(b.page, id)).toMatch(/対応済み · 佐藤/);
    test.info().annotations.push({ type: 'latency', description: `click → B's chip within ${Date.now() - clicked} ms` });
    // B's panel shows the sync state.
    const panel = await openSidePanel(b.context, b.extensionId);
    await panel.getByTestId('tab-settings').click();
    await expect(panel.getByTestId('sync-status')).toHaveAttribute('data-state', 'up-to-date');
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('A and B claim the same post at once: exactly one holds it, the other sees who is replying', async () => {
  const a = await operator(OPERATORS[0]!);
  const b = await operator(OPERATORS[1]!);
  try {
    const id = POSTS[1]!.id;
    const [panelA, panelB] = await Promise.all([openSidePanel(a.context, a.extensionId), openSidePanel(b.context, b.extensionId)]);
    const [ra, rb] = (await Promise.all([
      sendFromPanel(panelA, { type: 'claim/take', postId: id }),
      sendFromPanel(panelB, { type: 'claim/take', postId: id }),
    ])) as { ok: boolean; heldBy: { operator: string; operatorName: string } | null }[];
    expect([ra!.ok, rb!.ok]).toEqual([true, true]);
    expect([ra!.heldBy, rb!.heldBy].filter((h) => h === null)).toHaveLength(1);
    const [winner, loser, winnerName] = ra!.heldBy === null ? [a, b, '佐藤'] : [b, a, '鈴木'];
    expect((ra!.heldBy === null ? rb : ra)!.heldBy!.operatorName).toBe(winnerName);
    await expect.poll(() => chipText(loser.page, id), { timeout: 5_000 }).toContain(`${winnerName}さんが返信中`);
    // Released (composer closed): the teammate's chip stops saying so.
    await sendFromPanel(winner === a ? panelA : panelB, { type: 'claim/release', postId: id });
    await expect.poll(() => chipText(loser.page, id), { timeout: 5_000 }).not.toContain(`${winnerName}さんが返信中`);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('both handle the same post while the server is down: after it is back, both are shown on both sides', async () => {
  const a = await operator(OPERATORS[0]!);
  const b = await operator(OPERATORS[1]!);
  try {
    const id = POSTS[2]!.id;
    await expect(article(a.page, id).locator('[data-kizuki-chip]')).toBeVisible();
    await expect(article(b.page, id).locator('[data-kizuki-chip]')).toBeVisible();
    await server.kill();
    await markHandled(a, id);
    await markHandled(b, id);
    await expect(article(a.page, id)).toHaveAttribute('data-kizuki-handled', 'mine');
    await expect(article(b.page, id)).toHaveAttribute('data-kizuki-handled', 'mine');
    await server.restart();
    for (const op of [a, b]) {
      await expect.poll(() => chipText(op.page, id), { timeout: 30_000 }).toMatch(/佐藤.*鈴木|鈴木.*佐藤/);
    }
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});
