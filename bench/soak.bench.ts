import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionPath, launchWithExtension, PROFILE_DIR_PREFIX } from '../tests/e2e/support/extension';
import { contentScriptTimings } from './content-timings';
import { describe as describeContention, sample as sampleSched, settled, type SchedSample } from './cpu-contention';
import { routeX } from '../tests/e2e/support/x-routes';
import { buildTimelinePage, cellContentHtml, type TimelinePost } from '../tests/e2e/support/x-timeline';

// A whole shift on one x.com page, with the side panel open: posts stream into one routed page in
// batches (about a third mention the brand), X's cells are recycled (the same cell later holds
// another post), and the operator navigates client-side now and then. At the first checkpoint and at
// the end it prints what must not grow (page heap after a forced GC, page listeners, the worker's
// heap), what must stay small (the panel's heap with the whole queue in it) and what must stay fast
// (the content script's per-batch time, the panel's lag behind the page) — each beside its figure at
// the first checkpoint, measured in the same run. `SOAK=short` (or `npm run bench -- soak --short`)
// runs 2,000 → 6,000 for day-to-day use; the default is 2,000 → 20,000.

const SHORT = process.env.SOAK === 'short' || process.argv.includes('--short');
/** `SOAK_PROFILE=<file prefix>`: CPU profiles of the panel, the worker and the x.com page over the last window, to see where their time goes. */
const PROFILE = process.env.SOAK_PROFILE;
/**
 * `SOAK_TRACE=<file>`: a trace of the x.com page's renderer over the last window (open it in DevTools'
 * Performance panel): its style, layout and paint event by event, which a CPU profile lumps together
 * as "(program)".
 */
const TRACE = process.env.SOAK_TRACE;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'];
/**
 * `SOAK_EXTENSION=none`: the same stream in the same browser with no extension at all (and so no
 * panel): the page's own work and the fixed work (CONTROL_MS) alone, to set beside a run with Kizuki
 * in the same hour.
 */
const NO_EXTENSION = process.env.SOAK_EXTENSION === 'none';
/**
 * `SOAK_PANEL=closed`: the same stream with no side panel (a blank page in its window instead), so
 * that the page's reading tasks can be compared with and without the panel in the same hour: what
 * the panel costs the page, apart from what the machine costs it. No lag is measured then.
 */
const PANEL_CLOSED = process.env.SOAK_PANEL === 'closed' || NO_EXTENSION;
const CHECKPOINTS = SHORT ? [2_000, 6_000] : [2_000, 20_000];
const TOTAL = CHECKPOINTS.at(-1)!;
const BATCH = 20;
const KEEP_CELLS = 40;
const NAVIGATIONS = 50;
/** Every this many batches one post is a probe: urgent, newest, so it tops the queue and its row is on screen.
 * 50 probes in each window of 2,000 posts, so that the lag's p95 is a percentile: with the ten probes of
 * earlier stops it was their maximum, one slow moment of the machine. The slowest is printed beside it. */
const PROBE_EVERY = 2;
/** Figures at a checkpoint describe the batches of the last window before it. */
const WINDOW = 2_000;
/** The side panel's size in Chrome (its default width). */
const PANEL_VIEWPORT = { width: 400, height: 900 };
/** After this many batches both pages must still get frames at the display's rate. */
const CHECK_FRAMES_AT = 10;
/**
 * The same-run baseline for the reading tasks' time: a fixed piece of work (integer arithmetic, no
 * allocation, so no garbage collection either), sized to take this long on the page before the stream
 * starts, run in a task of its own after every batch. A reading task's time is wall time, and on a
 * busy machine a task is slowed by its thread's wait for a core as much as by its own work. The fixed
 * work does the same in every run: what its time grows by is that wait (the other threads and
 * processes take the cores, Kizuki's worker and panel among them), not work.
 */
const CONTROL_MS = 2;

function rng(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const BRANDS = ['ミドリ電機', 'みどり電機', 'ﾐﾄﾞﾘ電機', '#ミドリ電機', 'ミドリモバイル', 'Midori Denki'];
const THINGS = ['冷蔵庫', '洗濯機', 'イヤホン', 'スマホ', 'アプリ', 'ルーター', '炊飯器', 'エアコン', '掃除機'];
const ENDINGS = [
  'が壊れた。返金してほしい', 'の電源が入らないんだけど、どうすればいいですか', 'が最高！ありがとう', 'にダークモードを追加してほしいです',
  'が届かない…もう一週間待ってる', 'ってどこで修理できますか', 'の音がすごくいい。買ってよかった', 'の設定方法を教えてください',
  'の対応が丁寧で助かった', 'をアップデートしたらフリーズする', 'のポイントっていつ付与されますか',
];
const CHATTER = [
  '今日はいい天気だったので公園を散歩した。桜がきれい 🌸', '新しいカフェのラテが美味しかった。また行きたい',
  '締め切り前で徹夜。コーヒーが手放せない', 'ライブのチケット当たった！！楽しみすぎる', '電車が遅れてて会議に間に合わないかも',
  'Reading a great book about distributed systems this weekend.', '駅前のラーメン屋、行列すごかったけど並ぶ価値あり',
];
const PROBE_TEXT = 'ミドリ電機のルーターが壊れた！発火して煙が出た。至急なんとかして、返金して';

/** Post `i` of the stream (deterministic; ids distinct over the whole run). */
function makePost(i: number, r: () => number): TimelinePost {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const id = String(1_810_000_000_000_000_000n + BigInt(i));
  const base = { id, handle: `user${i % 997}`, name: `ユーザー${i % 997}`, counts: { replies: i % 7, reposts: i % 13, likes: i % 101 } };
  // Probes are the newest posts of all, so each tops the queue in turn (most urgent, then newest).
  // The same counts for every probe: engagement moves the priority, and a probe one point lower sorts
  // below every probe before it, off screen (it was the one probe in fifty "never shown").
  if (i % (BATCH * PROBE_EVERY) === BATCH - 1) {
    return { ...base, counts: { replies: 3, reposts: 3, likes: 30 }, text: PROBE_TEXT, time: new Date(Date.UTC(2027, 0, 1) + i * 1000).toISOString() };
  }
  const text = r() < 0.33 ? `${pick(BRANDS)}の${pick(THINGS)}${pick(ENDINGS)}` : pick(CHATTER);
  return { ...base, text, ...(r() < 0.06 ? { quote: { handle: 'news_jp', name: 'ニュース', text: `${pick(BRANDS)}が返金対応を発表` } } : {}) };
}

// ---- in-page steps (self-contained: passed to page.evaluate) ----------------------------------

/** As X does: once the list holds `keep` cells, the oldest cell is reused for the next post. Returns Date.now() after. */
function recycleCells(args: { htmls: string[]; keep: number }): number {
  const list = document.querySelector('section[role="region"] > div[aria-label] > div') as HTMLElement;
  for (const html of args.htmls) {
    let cell = list.children.length >= args.keep ? (list.firstElementChild as HTMLElement) : null;
    if (!cell) {
      cell = document.createElement('div');
      cell.setAttribute('data-testid', 'cellInnerDiv');
      cell.style.cssText = 'position: absolute; width: 100%;';
    }
    cell.innerHTML = html;
    list.append(cell);
  }
  let top = 0;
  for (const cell of list.children as HTMLCollectionOf<HTMLElement>) {
    cell.style.transform = `translateY(${top}px)`;
    top += cell.offsetHeight;
  }
  list.style.minHeight = `${top}px`;
  window.scrollTo(0, document.body.scrollHeight);
  return Date.now();
}

/**
 * Installs the fixed work (CONTROL_MS) in the page: `__kzControl.soon()` runs it once in a task of its
 * own and records its wall time; `__kzControl.size(ms)` sizes it on the page as it is now. A string,
 * not a function: the bundler would wrap the named inner functions in a helper the page lacks.
 */
const INSTALL_CONTROL = `(() => {
  const c = { iterations: 100000, times: [], sink: 0 };
  c.work = () => {
    let x = 2463534242;
    for (let i = 0; i < c.iterations; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; }
    c.sink ^= x;
  };
  c.timed = () => { const start = performance.now(); c.work(); return performance.now() - start; };
  c.channel = new MessageChannel();
  c.channel.port1.onmessage = () => c.times.push(c.timed());
  c.soon = () => c.channel.port2.postMessage(0);
  c.size = (ms) => {
    for (let round = 0; round < 4; round++) {
      const runs = Array.from({ length: 15 }, c.timed).sort((a, b) => a - b);
      c.iterations = Math.max(1000, Math.round((c.iterations * ms) / Math.max(runs[7], 0.01)));
    }
    return Array.from({ length: 15 }, c.timed).sort((a, b) => a - b)[7];
  };
  window.__kzControl = c;
})()`;

/** The fixed work's times since the last call (and forgets them). */
function drainControl(): number[] {
  const c = (window as unknown as { __kzControl: { times: number[] } }).__kzControl;
  const times = c.times;
  c.times = [];
  return times;
}

/** In the panel: when each probe's row first appears (Date.now()), recorded by an observer. */
function watchRows(prefix: string): void {
  const w = window as unknown as { __rows: Record<string, number> };
  w.__rows = {};
  // Inline, not a named helper: the bundler would wrap a named one in a helper the page lacks.
  new MutationObserver(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="queue-item"]')) {
      const id = el.dataset.postId!;
      if (id.startsWith(prefix) && !(id in w.__rows)) w.__rows[id] = Date.now();
    }
  }).observe(document.body, { childList: true, subtree: true });
}

// ---- measurements -----------------------------------------------------------------------------

async function heapMb(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/**
 * The service worker's heap. Playwright opens CDP sessions on pages only, so the worker's target is
 * reached through the page session's Target domain (messages relayed to the attached target).
 */
async function attachWorker(session: CDPSession, extensionId: string): Promise<{ heap: () => Promise<number>; send: (method: string, params?: object) => Promise<unknown> }> {
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const msg = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result), waiting.delete(msg.id);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const heap = async () => {
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.collectGarbage');
    const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 2 ** 20;
  };
  return { heap, send };
}

interface Figures {
  posts: number;
  queued: number;
  pageHeap: number;
  listeners: number;
  nodes: number;
  workerHeap: number;
  panelHeap: number;
  panelRows: number;
  batchMedian: number;
  batchP95: number;
  /** The fixed work's time in the same window (CONTROL_MS): what waiting for a core adds to a task. */
  controlMedian: number;
  controlP95: number;
  controlRuns: number;
  lagMedian: number;
  lagP95: number;
  lagMax: number;
  lagSamples: number;
  /** The browser's main threads over the window: time run and time waiting for a CPU (cpu-contention.ts). */
  contention: string | null;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/**
 * The side panel as an operator has it: on screen beside the x.com tab, not a tab in front of it.
 * Opened as a second tab, the panel would push x.com into the background, where headless Chromium
 * keeps reporting it visible but gives it about one frame per second once its content changes: every
 * batch the content script waits for would then wait up to a second, which the panel's lag used to
 * measure (about 1 s at any queue length). Its own window keeps both pages in front.
 */
async function openPanelBeside(context: BrowserContext, page: Page, url: string): Promise<Page> {
  const cdp = await context.newCDPSession(page);
  try {
    const [panel] = await Promise.all([context.waitForEvent('page'), cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true })]);
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel.goto(url);
    return panel;
  } finally {
    await cdp.detach();
  }
}

/** Frames per second a page gets now (a page in front gets the display's rate, about 60). */
async function frameRate(page: Page): Promise<number> {
  // A string, not a function: the bundler would wrap a named inner function in a helper the page lacks.
  return page.evaluate(`new Promise((done) => {
    let frames = 0;
    const start = performance.now();
    const step = () => (performance.now() - start < 1000 ? (frames++, requestAnimationFrame(step)) : done(frames));
    requestAnimationFrame(step);
  })`);
}

/**
 * A page throttled in the background would make every figure here a measure of the throttling: the
 * run stops. Checked once the page's content has changed (that is what gets a background page throttled).
 */
async function assertBothRender(page: Page, panel: Page): Promise<void> {
  const [x, p] = await Promise.all([frameRate(page), frameRate(panel)]);
  if (x < 20 || p < 20) throw new Error(`soak: a page is throttled (x.com ${x} frames/s, panel ${p} frames/s): both must be in front`);
}

async function openPage(context: BrowserContext): Promise<Page> {
  const html = buildTimelinePage([], { heading: 'ホームタイムライン' }).replace('<html ', '<html data-kizuki-measure ');
  const routes: Record<string, string> = { '/home': html };
  for (let n = 0; n < NAVIGATIONS; n++) routes[`/search/${n}`] = html;
  await routeX(context, routes);
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  return page;
}

export async function run(): Promise<void> {
  if (!NO_EXTENSION && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    console.log('soak: skipped (no built extension: run `npm run build` first)');
    return;
  }
  // KIZUKI_BENCH_EXTENSION times another build (a copy of .output/chrome-mv3), so two builds can be run
  // in turn in one hour of the machine: a soak's figures move with the machine's load more than with a
  // small change.
  const launched = await launchWithExtension(NO_EXTENSION ? { extension: null } : process.env.KIZUKI_BENCH_EXTENSION ? { extension: process.env.KIZUKI_BENCH_EXTENSION } : {});
  const { context, extensionId } = launched;
  try {
    const page = await openPage(context);
    const panel = await openPanelBeside(context, page, PANEL_CLOSED ? 'about:blank' : `chrome-extension://${extensionId}/sidepanel.html`);
    // Closed: a page that only counts rows (none ever come), so every step below runs unchanged.
    if (PANEL_CLOSED) await panel.setContent('<p data-testid="queue-view">no panel</p>');
    await panel.getByTestId('queue-view').waitFor();
    // The stream starts once the browser has finished starting (see `settled`), as an operator's shift does.
    const settledStart = await settled(PROFILE_DIR_PREFIX);
    const probePrefix = '181';
    await panel.evaluate(watchRows, probePrefix);
    const pageCdp = await context.newCDPSession(page);
    const panelCdp = await context.newCDPSession(panel);
    const { heap: worker, send: workerSend } = NO_EXTENSION ? { heap: async () => NaN, send: async () => ({ profile: {} }) } : await attachWorker(pageCdp, extensionId);
    // The content script's reading tasks (their wall time), since the last call.
    const timings = NO_EXTENSION ? null : await contentScriptTimings(context, page, extensionId);
    const drainPerf = async () => ((await timings?.take())?.batches ?? []).map((b) => b.total);

    await page.evaluate(INSTALL_CONTROL);
    const controlSized = (await page.evaluate(`window.__kzControl.size(${CONTROL_MS})`)) as number;
    const r = rng(20261201);
    const navEvery = Math.floor(TOTAL / BATCH / (NAVIGATIONS + 1));
    const appended = new Map<string, number>();
    let batchTimes: number[] = [];
    let controlTimes: number[] = [];
    let lagFrom = 0;
    let schedFrom: SchedSample | null = sampleSched(PROFILE_DIR_PREFIX);
    const results: Figures[] = [];
    let batchIndex = 0;
    for (let i = 0; i < TOTAL; i += BATCH) {
      const posts = Array.from({ length: BATCH }, (_, k) => makePost(i + k, r));
      const at = await page.evaluate(recycleCells, { htmls: posts.map(cellContentHtml), keep: KEEP_CELLS });
      for (const p of posts) if (p.text === PROBE_TEXT) appended.set(p.id, at);
      // As an operator scrolls: the next batch comes after this one was read (the content script's frame).
      // The fixed work goes in its own task meanwhile, beside the content script's reading tasks.
      await page.evaluate(() => {
        (window as unknown as { __kzControl: { soon(): void } }).__kzControl.soon();
        return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
      batchIndex += 1;
      if (batchIndex === CHECK_FRAMES_AT) await assertBothRender(page, panel);
      if (batchIndex % navEvery === 0 && batchIndex / navEvery <= NAVIGATIONS) {
        await page.evaluate((n) => history.pushState({}, '', `/search/${n}`), batchIndex / navEvery - 1);
      }
      if (batchIndex % 25 === 0) {
        batchTimes.push(...(await drainPerf()));
        controlTimes.push(...(await page.evaluate(drainControl)));
      }
      const seenSoFar = i + BATCH;
      if (TRACE && seenSoFar === TOTAL) await endTrace(pageCdp, TRACE);
      if (PROFILE && seenSoFar === TOTAL) {
        const [panelProfile, workerProfile, pageProfile] = await Promise.all([panelCdp.send('Profiler.stop'), workerSend('Profiler.stop'), pageCdp.send('Profiler.stop')]);
        writeFileSync(`${PROFILE}-page.cpuprofile`, JSON.stringify(pageProfile.profile));
        writeFileSync(`${PROFILE}-panel.cpuprofile`, JSON.stringify(panelProfile.profile));
        writeFileSync(`${PROFILE}-worker.cpuprofile`, JSON.stringify((workerProfile as { profile: unknown }).profile));
      }
      if (CHECKPOINTS.includes(seenSoFar)) {
        // Let the last batches reach the worker and the panel before measuring.
        await page.waitForTimeout(1500);
        batchTimes.push(...(await drainPerf()));
        controlTimes.push(...(await page.evaluate(drainControl)));
        const rows = (await panel.evaluate(() => (window as unknown as { __rows: Record<string, number> }).__rows)) as Record<string, number>;
        const lags = [...appended].filter(([, t]) => t >= lagFrom).flatMap(([id, t]) => (id in rows ? [rows[id]! - t] : []));
        const probesSent = [...appended].filter(([, t]) => t >= lagFrom).length;
        await pageCdp.send('HeapProfiler.collectGarbage');
        const counters = await pageCdp.send('Memory.getDOMCounters');
        const queued = await panel.evaluate(() => Number(document.querySelector('[data-testid="queue-item"]')?.getAttribute('aria-setsize') ?? 0));
        results.push({
          posts: seenSoFar,
          queued,
          pageHeap: await heapMb(pageCdp),
          listeners: counters.jsEventListeners,
          nodes: counters.nodes,
          workerHeap: await worker(),
          panelHeap: await heapMb(panelCdp),
          panelRows: await panel.locator('[data-testid="queue-item"]').count(),
          batchMedian: quantile(batchTimes, 0.5),
          batchP95: quantile(batchTimes, 0.95),
          controlMedian: quantile(controlTimes, 0.5),
          controlP95: quantile(controlTimes, 0.95),
          controlRuns: controlTimes.length,
          lagMedian: quantile(lags, 0.5),
          lagP95: quantile(lags, 0.95),
          lagMax: Math.max(...lags),
          lagSamples: lags.length === probesSent ? lags.length : -probesSent + lags.length,
          contention: describeContention(schedFrom, sampleSched(PROFILE_DIR_PREFIX)),
        });
        const last = results.at(-1)!;
        console.log(`  … ${seenSoFar} posts: ${last.queued} queued, page heap ${last.pageHeap.toFixed(2)} MB, panel heap ${last.panelHeap.toFixed(1)} MB`);
      }
      if (CHECKPOINTS.some((c) => c - WINDOW === seenSoFar)) {
        batchTimes = [];
        controlTimes = [];
        await drainPerf();
        await page.evaluate(drainControl);
        lagFrom = Date.now();
        schedFrom = sampleSched(PROFILE_DIR_PREFIX);
        if (TRACE && seenSoFar === TOTAL - WINDOW) {
          await pageCdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: TRACE_CATEGORIES } });
        }
        if (PROFILE && seenSoFar === TOTAL - WINDOW) {
          await Promise.all([panelCdp.send('Profiler.enable'), workerSend('Profiler.enable'), pageCdp.send('Profiler.enable')]);
          await Promise.all([panelCdp.send('Profiler.start'), workerSend('Profiler.start'), pageCdp.send('Profiler.start')]);
        }
      }
    }
    report(results, controlSized, settledStart);
  } finally {
    await launched.close();
  }
}

/** Ends the page's trace and writes it to `file`, read from the stream the browser hands back. */
async function endTrace(cdp: CDPSession, file: string): Promise<void> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the browser returned no trace stream');
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    data += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(file, data);
}

function report([base, end]: Figures[], controlSized: number, start: Awaited<ReturnType<typeof settled>>): void {
  if (!base || !end) return;
  const ratio = (a: number, b: number) => (b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
  const mb = (x: number) => `${x.toFixed(2)} MB`;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`soak: ${end.posts} posts in batches of ${BATCH}, cells recycled (${KEEP_CELLS} kept), ${NAVIGATIONS} client-side navigations, panel ${PANEL_CLOSED ? 'closed' : 'open'}; baseline = the same run at ${base.posts} posts`);
  if (start) console.log(`the stream began ${(start.waitedMs / 1000).toFixed(1)} s after the panel showed, ${start.settled ? 'once the browser had finished starting (its processes\' main threads under a tenth of a core)' : 'without the browser settling (its processes\' main threads still over a tenth of a core)'}`);
  if (NO_EXTENSION) console.log('no extension (SOAK_EXTENSION=none): no content script, no worker, no panel; only the page\'s own work and the fixed work');
  else if (PANEL_CLOSED) console.log('panel: closed (SOAK_PANEL=closed): no queue, no lag; the panel\'s heap below is a blank page\'s');
  else console.log(`queued posts: ${end.queued} (at ${base.posts}: ${base.queued})`);
  console.log(`page heap after GC: ${mb(end.pageHeap)} (${ratio(end.pageHeap, base.pageHeap)} vs ${mb(base.pageHeap)}; +${mb(end.pageHeap - base.pageHeap)}; goal +≤0.5 MB: ${verdict(end.pageHeap - base.pageHeap <= 0.5)})`);
  console.log(`page listeners (jsEventListeners): ${end.listeners} (${ratio(end.listeners, base.listeners)} vs ${base.listeners}; +${end.listeners - base.listeners}; goal +≤50: ${verdict(end.listeners - base.listeners <= 50)})`);
  console.log(`page DOM nodes: ${end.nodes} (${ratio(end.nodes, base.nodes)} vs ${base.nodes})`);
  if (!NO_EXTENSION) console.log(`worker heap after GC: ${mb(end.workerHeap)} (${ratio(end.workerHeap, base.workerHeap)} vs ${mb(base.workerHeap)}; +${mb(end.workerHeap - base.workerHeap)}; goal +≤0.5 MB: ${verdict(end.workerHeap - base.workerHeap <= 0.5)})`);
  if (!NO_EXTENSION) console.log(`panel heap after GC: ${mb(end.panelHeap)} with ${end.queued} queued (${ratio(end.panelHeap, base.panelHeap)} vs ${mb(base.panelHeap)}; goal ≤40 MB: ${verdict(end.panelHeap <= 40)}); rows in the panel's DOM: ${end.panelRows} (vs ${base.panelRows})`);
  const lagNote = (f: Figures) => (f.lagSamples < 0 ? ` (${-f.lagSamples} probes never shown!)` : ` over ${f.lagSamples} probes`);
  if (!PANEL_CLOSED) console.log(`panel lag behind the page, last ${WINDOW} posts (median): ${ms(end.lagMedian)} (${ratio(end.lagMedian, base.lagMedian)} vs ${ms(base.lagMedian)})${lagNote(end)}`);
  if (!PANEL_CLOSED) console.log(`panel lag behind the page, last ${WINDOW} posts (p95): ${ms(end.lagP95)} (${ratio(end.lagP95, base.lagP95)} vs ${ms(base.lagP95)}; goal ≤100 ms: ${verdict(end.lagP95 <= 100)}); slowest probe ${ms(end.lagMax)} (vs ${ms(base.lagMax)})`);
  if (!NO_EXTENSION) console.log(`content script per reading task (a batch is read in tasks of ~1.5 ms, reading and the features' work for it; the content-script bench also counts its later tasks), last ${WINDOW} posts (median): ${ms(end.batchMedian)} (${ratio(end.batchMedian, base.batchMedian)} vs ${ms(base.batchMedian)})`);
  if (end.contention) console.log(`main threads over the last ${WINDOW} posts (the kernel's scheduler statistics; a task's time includes its thread's wait for a core): ${end.contention}; at ${base.posts}: ${base.contention ?? '—'}`);
  const takers = NO_EXTENSION ? 'the browser and the bench' : "the browser, the bench, Kizuki's worker and panel";
  console.log(`the same fixed work in a page task (${ms(controlSized)} on the page before the stream; the same work in every run, so what its time grows by is its wait for a core, taken by ${takers}), last ${WINDOW} posts: median ${ms(end.controlMedian)}, p95 ${ms(end.controlP95)} over ${end.controlRuns} runs (at ${base.posts}: median ${ms(base.controlMedian)}, p95 ${ms(base.controlP95)})`);
  if (!NO_EXTENSION) console.log(`content script per reading task, last ${WINDOW} posts (p95): ${ms(end.batchP95)} (${ratio(end.batchP95, base.batchP95)} vs ${ms(base.batchP95)}; ${ratio(end.batchP95, end.controlP95)} the fixed work's p95; goal ≤5 ms throughout: ${verdict(Math.max(base.batchP95, end.batchP95) <= 5)})`);
}
