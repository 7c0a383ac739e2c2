/**
 * Builds x.com-like pages for browser tests, with no <script>.
 *
 * The structure is copied from real saved pages (see the shared x-pages data):
 *  - page shell and timeline: shaunsales/xingest profile timelines, Jan 2026 (jason.html, nodepay.html):
 *    primaryColumn > section[role=region] > h1 + div[aria-label="Timeline: …"]
 *    > div[style="position: relative; min-height"] > cellInnerDiv[style="transform: translateY(…)"]
 *  - post, User-Name, tweetText (emoji <img alt>, hashtag/cashtag/mention links, link with aria-hidden
 *    "https://", tail and "…"), action buttons with exact counts in aria-label: xingest jason/nodepay/okx
 *  - quoted post (div[role=link] with its own User-Name, a time without link): xingest nodepay,
 *    mlamp/tweetyoink x-tweet-quote
 *  - promoted post (placementTracking around the article, no status time link, "Ad"): TwitterMediaHarvest modal
 *  - video (tweetPhoto > placementTracking > videoPlayer): xingest jason
 *  - focal post (tabindex=-1, time link below the text): tweetyoink x-tweet-sample, TwitterMediaHarvest status
 * Class names are left out: X generates them and Kizuki must not depend on them.
 */

export interface TimelinePost {
  id: string;
  handle: string;
  name: string;
  text: string;
  lang?: string;
  /** ISO date-time; defaults to a fixed time so pages are reproducible. */
  time?: string;
  counts?: { replies?: number; reposts?: number; likes?: number };
  /** Row above the author: "Pinned", "山田 reposted". */
  socialContext?: string;
  quote?: { handle: string; name: string; text: string; lang?: string };
  /** Render as a promoted post: placementTracking around it, no status time link. */
  ad?: boolean;
  /** Add a video player (wrapped in placementTracking, like every real video). */
  video?: boolean;
  /** The opened post of a status page: tabindex=-1, time link below the text. */
  focal?: boolean;
}

export interface PageOptions {
  title?: string;
  heading?: string;
  theme?: 'light' | 'dim' | 'dark';
  lang?: string;
}

const THEMES = {
  light: { bg: 'rgb(255, 255, 255)', fg: 'rgb(15, 20, 25)', sub: 'rgb(83, 100, 113)', line: 'rgb(239, 243, 244)' },
  dim: { bg: 'rgb(21, 32, 43)', fg: 'rgb(247, 249, 249)', sub: 'rgb(139, 152, 165)', line: 'rgb(56, 68, 77)' },
  dark: { bg: 'rgb(0, 0, 0)', fg: 'rgb(231, 233, 234)', sub: 'rgb(113, 118, 123)', line: 'rgb(47, 51, 54)' },
};
const LINK = 'color: rgb(29, 155, 240);';
const DEFAULT_TIME = '2026-01-20T03:00:00.000Z';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- post text, as X marks it up -------------------------------------------------------------

const EMOJI = /\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/u;
const TOKEN = new RegExp(
  [/https?:\/\/[^\s]+/, /#[\p{L}\p{N}_ー]+/u, /\$[A-Za-z]{1,6}(?![A-Za-z])/, /@[A-Za-z0-9_]{1,15}/, EMOJI]
    .map((r) => r.source)
    .join('|'),
  'gu',
);

/**
 * X's emoji: `<img alt="😭" src="https://abs-0.twimg.com/emoji/v2/svg/1f62d.svg">`. Tests block
 * every request but the page, so the image is an inline face-coloured disc (no emoji font needed
 * for screenshots); X's own file name is kept in `data-twimg` for reference. Kizuki reads only `alt`.
 */
const EMOJI_SRC = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 36 36'%3E%3Ccircle cx='18' cy='18' r='16' fill='%23FFCC4D'/%3E%3C/svg%3E";
function emojiImg(emoji: string): string {
  const name = [...emoji].map((c) => c.codePointAt(0)!).filter((cp) => cp !== 0xfe0f).map((cp) => cp.toString(16)).join('-');
  return `<img alt="${emoji}" draggable="false" src="${EMOJI_SRC}" data-twimg="${name}.svg">`;
}

/** A URL as X shows it: protocol and tail in aria-hidden spans, the visible part cut at 23 chars. */
function urlLink(url: string): string {
  const [, protocol = '', rest = ''] = url.match(/^(https?:\/\/)(.*)$/) ?? [];
  const shown = rest.slice(0, 23);
  const tail = rest.slice(23);
  const hidden = (s: string) => `<span aria-hidden="true">${escapeHtml(s)}</span>`;
  return `<a dir="ltr" href="https://t.co/k1zuk1${rest.length}" rel="noopener noreferrer nofollow" target="_blank" role="link" style="${LINK}">${hidden(protocol)}${escapeHtml(shown)}${tail ? hidden(tail) + hidden('…') : ''}</a>`;
}

function tokenHtml(token: string): string {
  if (/^https?:/.test(token)) return urlLink(token);
  const link = (href: string) => `<span><a dir="ltr" href="${escapeHtml(href)}" role="link" style="${LINK}">${escapeHtml(token)}</a></span>`;
  if (token.startsWith('#')) return link(`/hashtag/${encodeURIComponent(token.slice(1))}?src=hashtag_click`);
  if (token.startsWith('$')) return link(`/search?q=${encodeURIComponent(token)}&src=cashtag_click`);
  if (token.startsWith('@')) return `<div>${link(`/${token.slice(1)}`)}</div>`;
  return emojiImg(token);
}

/** Inner HTML of a tweetText div for plain `text`. */
export function tweetTextHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) html += `<span>${escapeHtml(text.slice(last, m.index))}</span>`;
    html += tokenHtml(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) html += `<span>${escapeHtml(text.slice(last))}</span>`;
  return html;
}

// ---- one post ------------------------------------------------------------------------------

function shortTime(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${d.getUTCDate()}`;
}

function timeLink(p: TimelinePost, time: string): string {
  return `<a href="/${p.handle}/status/${p.id}" dir="ltr" aria-label="${shortTime(time)}" role="link"><time datetime="${time}">${shortTime(time)}</time></a>`;
}

function userName(p: TimelinePost, time: string | null): string {
  const tail = time ? `<div dir="ltr" aria-hidden="true"><span>·</span></div><div>${timeLink(p, time)}</div>` : '';
  return `<div data-testid="User-Name"><div><a href="/${p.handle}" role="link"><div dir="ltr"><span><span>${escapeHtml(p.name)}</span></span></div></a></div>` +
    `<div><div><a href="/${p.handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${p.handle}</span></div></a></div>${tail}${p.ad ? '<div><span>Ad</span></div>' : ''}</div></div>`;
}

function quoteHtml(q: NonNullable<TimelinePost['quote']>, time: string): string {
  return `<div><span>Quote</span></div><div tabindex="0" role="link"><div data-testid="User-Name"><div dir="ltr"><span><span>${escapeHtml(q.name)}</span></span></div>` +
    `<div tabindex="-1"><div dir="ltr"><span>@${q.handle}</span></div></div><div dir="ltr" aria-hidden="true"><span>·</span></div>` +
    `<div dir="ltr" aria-label="${shortTime(time)}"><time datetime="${time}">${shortTime(time)}</time></div></div>` +
    `<div dir="auto" lang="${q.lang ?? 'ja'}" data-testid="tweetText">${tweetTextHtml(q.text)}</div></div>`;
}

const VIDEO = '<div data-testid="tweetPhoto"><div data-testid="placementTracking"><div data-testid="videoPlayer"><div data-testid="videoComponent" style="height: 120px; position: relative; background: black;"><button aria-label="Play Video" role="button" type="button"></button></div></div></div></div>';

function countButton(testid: string, n: number, label: string): string {
  return `<button aria-label="${n} ${label}" role="button" data-testid="${testid}" type="button"><span data-testid="app-text-transition-container"><span><span>${compact(n)}</span></span></span></button>`;
}

/** The rounded number X shows next to the icon ("8.7K"); the exact count is in aria-label. */
function compact(n: number): string {
  if (n === 0) return '';
  if (n < 1000) return String(n);
  return n < 1e6 ? `${Math.floor(n / 100) / 10}K` : `${Math.floor(n / 1e5) / 10}M`;
}

function actionBar(p: TimelinePost): string {
  const { replies = 0, reposts = 0, likes = 0 } = p.counts ?? {};
  return `<div aria-label="${replies} replies, ${reposts} reposts, ${likes} likes" role="group">` +
    countButton('reply', replies, 'Replies. Reply') + countButton('retweet', reposts, 'reposts. Repost') +
    countButton('like', likes, 'Likes. Like') +
    `<a href="/${p.handle}/status/${p.id}/analytics" aria-label="${likes * 40} views. View post analytics" role="link"></a></div>`;
}

/** An `article[data-testid="tweet"]` for one post. */
export function postArticleHtml(p: TimelinePost): string {
  const focal = p.focal === true;
  const time = p.time ?? DEFAULT_TIME;
  const ctx = p.socialContext ? `<div><div dir="ltr" data-testid="socialContext">${escapeHtml(p.socialContext)}</div></div>` : '';
  const head = userName(p, p.ad || focal ? null : time);
  const text = `<div dir="auto" lang="${p.lang ?? 'ja'}" data-testid="tweetText">${tweetTextHtml(p.text)}</div>`;
  const focalTime = focal ? `<div dir="ltr">${timeLink(p, time)}</div>` : '';
  const body = `${ctx}<div data-testid="Tweet-User-Avatar"><div data-testid="UserAvatar-Container-${p.handle}"></div></div>` +
    `<div>${head}${text}${p.quote ? quoteHtml(p.quote, time) : ''}${p.video ? VIDEO : ''}${focalTime}${actionBar(p)}</div>`;
  return `<article aria-labelledby="kz-${p.id}" role="article" tabindex="${focal ? -1 : 0}" data-testid="tweet">${body}</article>`;
}

/** What goes inside a cell: wrappers as on X, and placementTracking around a promoted post. */
export function cellContentHtml(p: TimelinePost): string {
  const article = `<div><div>${postArticleHtml(p)}</div></div>`;
  return p.ad ? `<div data-testid="placementTracking">${article}</div>` : article;
}

// ---- page --------------------------------------------------------------------------------

/** Rough height so absolutely positioned cells do not overlap before the page measures them. */
function estimateHeight(p: TimelinePost): number {
  const shown = p.text.replace(/https?:\/\/\S+/g, 'x'.repeat(24));
  const lines = shown.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil([...l].length / 36)), 0);
  return 100 + lines * 20 + (p.quote ? 95 : 0) + (p.video ? 130 : 0) + (p.socialContext ? 20 : 0);
}

function cellsHtml(posts: TimelinePost[]): { html: string; height: number } {
  let top = 0;
  let html = '';
  for (const p of posts) {
    html += `<div data-testid="cellInnerDiv" style="transform: translateY(${top}px); position: absolute; width: 100%;">${cellContentHtml(p)}</div>`;
    top += estimateHeight(p);
  }
  return { html, height: top };
}

/** The timeline region: swap it in for client-side navigation (see navigateInPage). */
export function timelineSectionHtml(posts: TimelinePost[], heading = 'ホームタイムライン'): string {
  const { html, height } = cellsHtml(posts);
  return `<section aria-labelledby="accessible-list-0" role="region"><h1 dir="auto" aria-level="1" role="heading" id="accessible-list-0" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);">${escapeHtml(heading)}</h1>` +
    `<div aria-label="Timeline: ${escapeHtml(heading)}"><div style="position: relative; min-height: ${height}px;">${html}</div></div></section>`;
}

function shell(inner: string, o: PageOptions): string {
  const t = THEMES[o.theme ?? 'light'];
  const css = `body{margin:0;background:${t.bg};color:${t.fg};font:15px/20px -apple-system,"Noto Sans CJK JP",sans-serif}` +
    `[data-testid=primaryColumn]{width:600px;margin:0 auto;border-inline:1px solid ${t.line}}` +
    `article{padding:12px 16px;border-bottom:1px solid ${t.line}}[data-testid=tweetText]{white-space:pre-wrap;margin:4px 0}` +
    `[data-testid=tweetText] img{height:1.2em;vertical-align:-0.2em}` +
    // X hides the link's protocol and tail (its own class does it) but shows the final "…".
    `[data-testid=tweetText] a>span[aria-hidden]{font-size:0}[data-testid=tweetText] a>span[aria-hidden]:last-child:not(:first-child){font-size:inherit}[data-testid=User-Name],[data-testid=User-Name]>div,[data-testid=User-Name] a{display:flex;gap:4px;color:${t.sub};text-decoration:none}` +
    `[data-testid=User-Name] a:first-child{color:${t.fg};font-weight:bold}[role=group]{display:flex;gap:48px;color:${t.sub}}` +
    `[role=group] button{background:none;border:0;color:inherit;min-width:20px;min-height:20px;font:inherit}` +
    `[data-testid=reply]::before{content:"↩ "}[data-testid=retweet]::before{content:"⟳ "}[data-testid=like]::before{content:"♡ "}div[role=link]{border:1px solid ${t.line};border-radius:12px;padding:8px;margin:8px 0}`;
  return `<!DOCTYPE html><html dir="ltr" lang="${o.lang ?? 'ja'}" style="color-scheme: ${o.theme === 'light' || !o.theme ? 'light' : 'dark'};"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(o.title ?? 'ホーム / X')}</title><style>${css}</style></head><body><div id="react-root"><div><div><main role="main"><div>` +
    `<div data-testid="primaryColumn"><div aria-label="Home timeline" tabindex="0">${inner}</div></div></div></main></div></div></div></body></html>`;
}

/** A whole x.com-like timeline page (home, search, profile: the markup is the same). */
export function buildTimelinePage(posts: TimelinePost[], opts: PageOptions = {}): string {
  return shell(timelineSectionHtml(posts, opts.heading), opts);
}

/** A /<handle>/status/<id> page: the conversation, its first cell the focal post (tabindex=-1). */
export function buildStatusPage(focal: TimelinePost, replies: TimelinePost[], opts: PageOptions = {}): string {
  const section = timelineSectionHtml([{ ...focal, focal: true }, ...replies], opts.heading ?? 'Conversation');
  return shell(section, { title: `${focal.name} on X: "${focal.text.slice(0, 40)}" / X`, ...opts });
}

// ---- in-page helpers: pass to Playwright's page.evaluate (self-contained, no imports) ----------

/**
 * Re-stacks cells from their measured heights, as X's virtual list does. appendCellsInPage does
 * this itself; call it after recycleCellInPage when the new post is taller.
 */
export function layoutCellsInPage(): void {
  const cells = [...document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]')]
    .filter((c) => c.style.position === 'absolute');
  let top = 0;
  for (const cell of cells) {
    cell.style.transform = `translateY(${top}px)`;
    top += cell.offsetHeight;
  }
  const list = cells[0]?.parentElement;
  if (list) list.style.minHeight = `${top}px`;
}

/**
 * RECYCLES a cell like X's virtual list: the same cellInnerDiv element now shows another post.
 * `html` is cellContentHtml(post). Returns false when there is no such cell.
 */
export function recycleCellInPage(args: { index: number; html: string }): boolean {
  const cells = document.querySelectorAll<HTMLElement>('section[role="region"] [data-testid="cellInnerDiv"]');
  const cell = cells[args.index];
  if (!cell) return false;
  cell.innerHTML = args.html;
  return true;
}

/**
 * Appends cells at the end of the timeline (infinite scroll). `htmls` are cellContentHtml(post).
 * With `keep`, the oldest cells beyond that many are removed, as X's virtual list drops what is far
 * above the viewport. Self-contained: passed to page.evaluate.
 */
export function appendCellsInPage(args: { htmls: string[]; keep?: number }): number {
  const list = document.querySelector('section[role="region"] > div[aria-label] > div');
  if (!list) return 0;
  for (const html of args.htmls) {
    const cell = document.createElement('div');
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.style.cssText = 'position: absolute; width: 100%;';
    cell.innerHTML = html;
    list.append(cell);
  }
  let cells = [...list.querySelectorAll<HTMLElement>(':scope > [data-testid="cellInnerDiv"]')];
  if (args.keep !== undefined && cells.length > args.keep) {
    for (const old of cells.slice(0, cells.length - args.keep)) old.remove();
    cells = cells.slice(cells.length - args.keep);
  }
  let top = 0;
  for (const cell of cells) {
    cell.style.transform = `translateY(${top}px)`;
    top += cell.offsetHeight;
  }
  (list as HTMLElement).style.minHeight = `${top}px`;
  return cells.length;
}

/**
 * Client-side navigation as X does it: pushState, new title, the timeline region replaced
 * (`sectionHtml` from timelineSectionHtml). The document is not reloaded.
 */
export function navigateInPage(args: { path: string; title: string; sectionHtml: string }): void {
  history.pushState({}, '', args.path);
  document.title = args.title;
  const column = document.querySelector('[data-testid="primaryColumn"] > div');
  if (column) column.innerHTML = args.sectionHtml;
}
