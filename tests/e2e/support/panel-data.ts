import type { BrowserContext, Page } from '@playwright/test';
import { expect, openSidePanel } from './extension';
import { routeX } from './x-routes';
import { buildTimelinePage, type TimelinePost } from './x-timeline';

// A working shift in a few lines: an x.com search with brand posts of every kind, the panel beside it
// and the operator's name set. Shared by the side panel specs.

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

export const SHIFT_POSTS: TimelinePost[] = [
  { id: '1870000000000000001', handle: 'yamada_t', name: '山田太郎', text: 'ミドリモバイルのSIMが認識されない…昨日から圏外のまま。仕事で使うので至急なんとかしてほしい', time: minutesAgo(4) },
  { id: '1870000000000000002', handle: 'q_mika', name: '美香', text: 'ミドリ電機のルーターって機種変更の手順どこに載ってますか？', time: minutesAgo(12) },
  { id: '1870000000000000003', handle: 'fan_hana', name: '花子', text: 'ミドリ電機の店員さんがとても親切でした！ありがとう😊', time: minutesAgo(40) },
  { id: '1870000000000000004', handle: 'kenji_w', name: 'けんじ', text: 'ミドリフォンの実店舗での予約開始はいつですか？ポイント還元もあると嬉しい', time: minutesAgo(95) },
  { id: '1870000000000000005', handle: 'long_url_person', name: 'Supercalifragilistic Expialidocious', text: 'Midori Denki router keeps dropping https://example.com/a/very/long/path/that/never/ends/with/no/spaces/at/all/whatsoever', time: minutesAgo(130) },
];

export const INTENT_PAGE = '<!DOCTYPE html><title>intent</title><p>X reply box</p>';

/** `extraHtml` goes at the end of the page's body (e.g. a follow button, which carries a user id). */
export async function openShift(context: BrowserContext, extensionId: string, posts = SHIFT_POSTS, extraHtml = ''): Promise<{ x: Page; panel: Page }> {
  await routeX(context, {
    '/search': buildTimelinePage(posts, { title: '"ミドリ" - 検索 / X' }).replace('</body>', `${extraHtml}</body>`),
    '/intent/post': INTENT_PAGE,
  });
  const x = await context.newPage();
  await x.goto('https://x.com/search?q=%E3%83%9F%E3%83%89%E3%83%AA');
  await expect(x.locator('article[data-testid="tweet"]')).toHaveCount(posts.length);
  const panel = await openSidePanel(context, extensionId);
  return { x, panel };
}

export async function setOperator(panel: Page, name = '佐藤', signature = 'サポート担当 佐藤') {
  await panel.getByTestId('tab-settings').click();
  await panel.getByTestId('operator-name').fill(name);
  await panel.getByTestId('operator-signature').fill(signature);
  await panel.getByTestId('operator-save').click();
  await expect(panel.getByTestId('operator-settings').getByRole('status')).toBeVisible();
  await panel.getByTestId('tab-queue').click();
}

export const queueItems = (panel: Page) => panel.getByTestId('queue-item');
