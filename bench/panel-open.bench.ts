import type { BrowserContext, Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionPath, launchWithExtension } from '../tests/e2e/support/extension';
import { routeX } from '../tests/e2e/support/x-routes';
import { buildTimelinePage, type TimelinePost } from '../tests/e2e/support/x-timeline';

// Opening the side panel: time from the start of the page's navigation until the queue shows its
// first post, with 60 brand posts seen on a routed x.com timeline. Baseline in the same run: a blank
// page of the same extension (what opening any extension page costs). The first post is usually
// drawn by the page's start-up script before React arrives (components/queue/first-screen.ts: the
// same rows, order and look as React's, checked by tests/e2e/panel-first-screen.spec.ts), so the
// queue's frame and its first post come together. Also: how much JavaScript the
// first screen loads against all the panel's JavaScript (the rest loads when a tab is opened).

const RUNS = 15;
const GOAL_MS = 150;

const POSTS: TimelinePost[] = Array.from({ length: 60 }, (_, i) => ({
  id: String(1_890_000_000_000_000_000n + BigInt(i)),
  handle: `user${i}`,
  name: `ユーザー${i}`,
  text: ['ミドリ電機のルーターが壊れた。至急なんとかして', 'ミドリモバイルって機種変更の手順どこですか', 'ミドリ電機の店員さん親切だった'][i % 3]!,
}));

/** The build measured: the one `npx wxt build` writes, or another (an older build, to compare in the same conditions). */
const built = process.env.KIZUKI_BENCH_EXTENSION ?? extensionPath;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A copy of the build with one blank page added, so the baseline is an extension page too. */
function copyWithBlankPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-bench-ext-'));
  cpSync(built, dir, { recursive: true });
  writeFileSync(path.join(dir, 'bench-blank.html'), '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
  return dir;
}

/** Installed before any page script: notes when the queue's frame, then its first post, are in the document. */
function watchQueue(): void {
  const w = window as unknown as { __queueShownAt?: number; __queueViewAt?: number };
  new MutationObserver((_, observer) => {
    if (w.__queueViewAt === undefined && document.querySelector('[data-testid="queue-view"]')) w.__queueViewAt = performance.now();
    if (w.__queueShownAt === undefined && document.querySelector('[data-testid="queue-item"]')) {
      w.__queueShownAt = performance.now();
      observer.disconnect();
      // Tells the bench without it polling the page: waitForFunction would inject Playwright's own
      // script (~330 KB) into the panel while it is still loading and add its cost to the figure.
      console.debug('kizuki-bench:queue-shown');
    }
  }).observe(document, { childList: true, subtree: true });
}

interface Opened {
  ms: number;
  /** When the queue's frame was in the document (before its posts were read from the database). */
  frameMs?: number;
  /** Extension paths of the scripts the page fetched before the first post showed. */
  scripts: string[];
}

async function timeOpen(context: BrowserContext, url: string, ready: (page: Page, shown: Promise<unknown>) => Promise<number>): Promise<Opened> {
  const page = await context.newPage();
  const requested: { path: string; at: number }[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.endsWith('.js')) requested.push({ path: pathname, at: Date.now() });
  });
  try {
    // Listening before the navigation: the post may show before goto() returns.
    const shown = page.waitForEvent('console', (m) => m.text() === 'kizuki-bench:queue-shown');
    shown.catch(() => {});
    await page.goto(url);
    const at = await ready(page, shown);
    const { frameMs, shownAtEpoch } = await page.evaluate((shown) => ({
      frameMs: (window as { __queueViewAt?: number }).__queueViewAt,
      shownAtEpoch: performance.timeOrigin + shown,
    }), at);
    // Only what was fetched before the first post showed: the composer's chunk is fetched right after.
    return { ms: at, frameMs, scripts: requested.filter((r) => r.at <= shownAtEpoch).map((r) => r.path) };
  } finally {
    await page.close();
  }
}

const sizeOf = (dir: string, files: string[]) => files.reduce((sum, f) => sum + (existsSync(path.join(dir, f)) ? statSync(path.join(dir, f)).size : 0), 0);

function panelJsBytes(dir: string): number {
  const chunks = path.join(dir, 'chunks');
  return readdirSync(chunks)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(path.join(chunks, f)).size, 0);
}

export async function run(): Promise<void> {
  if (!existsSync(path.join(built, 'manifest.json'))) {
    console.log('panel-open: skipped (no built extension: run `npm run build` first)');
    return;
  }
  const dir = copyWithBlankPage();
  const { context, extensionId, close } = await launchWithExtension({ extension: dir });
  try {
    await context.addInitScript(watchQueue);
    await routeX(context, { '/home': buildTimelinePage(POSTS) });
    const x = await context.newPage();
    await x.goto('https://x.com/home');
    await x.locator('article[data-kizuki-category]').first().waitFor();
    const base = `chrome-extension://${extensionId}`;

    // Warm-up: the service worker and the disk cache, as after the operator's first open.
    await timeOpen(context, `${base}/sidepanel.html`, (_, shown) => shown.then(() => 0));

    const blank: number[] = [];
    const panel: number[] = [];
    const frame: number[] = [];
    let firstScreenScripts: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      blank.push(
        (await timeOpen(context, `${base}/bench-blank.html`, (p) => p.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd))).ms,
      );
      const open = await timeOpen(context, `${base}/sidepanel.html`, async (p, shown) => {
        await shown;
        return p.evaluate(() => (window as unknown as { __queueShownAt: number }).__queueShownAt);
      });
      panel.push(open.ms);
      if (open.frameMs !== undefined) frame.push(open.frameMs);
      firstScreenScripts = open.scripts;
    }
    const p = median(panel);
    const b = median(blank);
    console.log(`side panel open → first queue post shown (median of ${RUNS}): ${ms(p)} (ratio ${(p / b).toFixed(2)}× vs blank extension page ${ms(b)}; goal ≤ ${GOAL_MS} ms: ${p <= GOAL_MS ? 'met' : 'NOT met'})`);
    console.log(`  queue frame in the document (median): ${ms(median(frame))}; slowest open: ${ms(Math.max(...panel))}; blank page slowest: ${ms(Math.max(...blank))}`);
    const firstKb = sizeOf(dir, firstScreenScripts) / 1024;
    console.log(`  JavaScript loaded for the first screen: ${firstKb.toFixed(0)} KB (${firstScreenScripts.map((s) => path.basename(s)).join(', ')}) of ${(panelJsBytes(dir) / 1024).toFixed(0)} KB in all the panel's chunks; the rest loads with its tab`);
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}
