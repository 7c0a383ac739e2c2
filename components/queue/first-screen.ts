import { messages as shellMessages } from '@/components/shell/messages';
import { messages as fixMessages } from '@/components/corrections/messages';
import { markedParts } from '@/components/common/HighlightedText';
import { safePostUrl } from '@/components/common/x-link';
import type { SeenPost } from '@/lib/contract/records';
import { CATEGORIES } from '@/lib/categories';
import { categoryLabel } from '@/lib/i18n/labels';
import { makeT } from '@/lib/i18n/make-t';
import { formatAge, formatExactTime } from '@/lib/i18n/relative-time';
import type { QueueRows } from '@/lib/queue/first-queue-rows';
import { countByCategory, sortQueue } from '@/lib/queue/queue-order';
import { messages } from './messages';

// The panel's first screen, drawn from the page's small start-up script (entrypoints/sidepanel-open)
// as soon as the queue's first read answers: the panel's main chunk (React, Dexie, zod: about 520 KB)
// is then often still arriving or being evaluated, and React would show the rows only after it, and
// after laying the list out. This draws the same elements React's first render commits (App,
// QueueView, CategoryFilter, QueueList, QueueItem; a browser test compares the two element by
// element and row by row), into the element React renders into: React's first commit replaces it in
// one go, so nothing flickers. Text goes in as text nodes only, never as HTML: post text comes from
// strangers. Until React takes over, a click on a row or the focus is remembered and handed on
// (takeFirstScreenInput).
//
// It draws only what it can draw exactly as React will. Otherwise it draws nothing and the operator
// sees React's first screen as before: a reply deadline in the packs (the order would need the
// deadline rules), a live claim (its label depends on who the operator is), nothing waiting.

/** Rows drawn: a screenful at any panel height React lays out (at least 76 px a row), not the whole queue. */
const rowsFor = (viewportHeight: number) => Math.ceil(viewportHeight / 70) + 1;
/** What the virtual list (QueueList.tsx) spaces rows by, and assumes of a row it has not measured (rows wrap up to four lines of text). */
export const ROW_GAP_PX = 6;
export const ESTIMATED_ROW_PX = 104;

/** Left on the page between this script and the main chunk (they are separate bundles). */
const SLOT = '__kizukiFirstScreen';
interface FirstScreenState {
  /** React has been asked to render: drawing now would be replaced by whatever it commits. */
  reactStarted?: boolean;
  /** The post whose row was clicked before React took over. */
  clicked?: string;
  /** The row (post id) or control (test id) that held the focus. */
  focus?: { postId?: string; testid?: string };
}
const state = (): FirstScreenState => ((globalThis as { [SLOT]?: FirstScreenState })[SLOT] ??= {});

/** The posts the first screen would list, in the queue's order; undefined when it cannot be drawn exactly. */
export function firstScreenPosts(rows: QueueRows): SeenPost[] | undefined {
  const deadlines = rows.packs.length > 0 && rows.packs.some((p) => p?.enabled && p.pack?.replyDeadline);
  if (deadlines || rows.claims.length > 0) return undefined;
  const handled = new Set(rows.handled.map((h) => h.postId));
  const waiting = sortQueue(rows.seen).filter((p) => !handled.has(p.postId));
  return waiting.length > 0 ? waiting : undefined;
}

type Child = Node | string | null | false | undefined;

/** An element with attributes (in React's order) and children; strings become text nodes. */
function el(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const t = makeT(messages);
const fix = makeT(fixMessages);
const shell = makeT(shellMessages);

function row(post: SeenPost, index: number, setSize: number, now: number): HTMLElement {
  const published = new Date(post.publishedAt ?? post.seenAt);
  const rules = post.rulesCategory ? categoryLabel(post.rulesCategory) : '';
  const layer = post.decidedBy === 'learned' || post.decidedBy === 'reading' || post.decidedBy === 'team' ? post.decidedBy : undefined;
  // Its only option, so it shows the post's category (React sets the value as a property, not an attribute).
  const option = el('option', { value: post.category }, categoryLabel(post.category));
  const li = el(
    'li',
    {
      class: index === 0 ? 'kz-item kz-cursor' : 'kz-item',
      'data-testid': 'queue-item',
      'data-post-id': post.postId,
      'data-cursor': index === 0 ? 'true' : undefined,
      'data-index': String(index),
      'aria-posinset': String(index + 1),
      'aria-setsize': String(setSize),
    },
    el(
      'button',
      { type: 'button', class: 'kz-item-select', title: t('select') },
      el(
        'span',
        { class: 'kz-item-head' },
        el('span', { class: `kz-badge kz-cat-${post.category}` }, categoryLabel(post.category)),
        el('span', { class: 'kz-priority', 'data-testid': 'queue-priority' }, t('priorityLabel'), ' ', el('span', { class: 'kz-priority-n' }, String(post.priority))),
        el('span', { class: 'kz-author' }, el('span', { class: 'kz-name' }, post.displayName), ' ', el('span', { class: 'kz-handle' }, '@', post.authorHandle)),
        el('time', { datetime: published.toISOString(), title: formatExactTime(published) }, formatAge(published.getTime(), now)),
      ),
      el(
        'span',
        { class: 'kz-item-text', 'data-testid': 'queue-item-text', lang: post.lang ?? undefined },
        el('span', { class: 'kz-post-text' }, ...markedParts(post.text, post.matches).map((part) => (part.kind === undefined ? part.text : el('mark', { class: `kz-mark kz-mark-${part.kind}` }, part.text)))),
      ),
    ),
    el(
      'span',
      { class: 'kz-item-foot' },
      el(
        'span',
        { class: 'kz-fix' },
        el('select', { 'aria-label': fix('fix'), title: fix('fix'), 'data-testid': 'queue-fix' }, option),
        layer && el('span', { class: 'kz-layer', 'data-testid': 'queue-layer', title: fix(`${layer}Title`, { rules }) }, fix(layer)),
      ),
      el('a', { href: safePostUrl(post.url, post.postId), target: '_blank', rel: 'noopener noreferrer' }, t('openOnX')),
    ),
  );
  // In the flow until measured (placeRows).
  li.style.position = 'relative';
  return li;
}

/** The first screen: the panel's tabs on the queue, the category filter with its counts, the first rows. */
export function buildFirstScreen(waiting: SeenPost[], now: number, viewportHeight: number): HTMLElement {
  const counts = countByCategory(waiting);
  const tabs = (['queue', 'inbox', 'history', 'reports', 'packs', 'settings'] as const).map((name) =>
    el('button', { role: 'tab', id: `kz-tab-${name}`, 'aria-selected': String(name === 'queue'), 'aria-controls': 'kz-tabpanel', 'data-testid': `tab-${name}` }, shell(name)),
  );
  const chips = (['all', ...CATEGORIES] as const).map((choice) =>
    el(
      'button',
      { type: 'button', class: choice === 'all' ? 'kz-chip' : `kz-chip kz-cat-${choice}`, 'aria-pressed': String(choice === 'all'), 'data-testid': `filter-${choice}` },
      choice === 'all' ? t('all') : categoryLabel(choice),
      ' ',
      el('span', { class: 'kz-count' }, String(choice === 'all' ? waiting.length : counts[choice])),
    ),
  );
  const shown = waiting.slice(0, rowsFor(viewportHeight));
  const list = el('ol', { class: 'kz-queue', 'aria-label': t('queueLabel'), 'data-testid': 'queue-list' }, ...shown.map((post, i) => row(post, i, waiting.length, now)));
  list.style.height = `${waiting.length * ESTIMATED_ROW_PX + (waiting.length - 1) * ROW_GAP_PX}px`;
  const checkbox = el('input', { type: 'checkbox', 'data-testid': 'show-handled' });
  return el(
    'main',
    { 'data-kizuki-first-screen': '' },
    el('div', { class: 'kz-topbar' }, el('nav', { role: 'tablist', 'aria-label': shell('tabsLabel') }, ...tabs)),
    el(
      'div',
      { role: 'tabpanel', id: 'kz-tabpanel', 'aria-labelledby': 'kz-tab-queue' },
      el('h1', { class: 'kz-visually-hidden' }, shell('queue')),
      el(
        'section',
        { 'data-testid': 'queue-view', class: 'kz-queue-view' },
        el(
          'div',
          { class: 'kz-queue-bar' },
          el('div', { class: 'kz-filter', role: 'group', 'aria-label': t('filterLabel') }, ...chips),
          el('button', { type: 'button', class: 'kz-help-button', 'aria-label': t('shortcuts'), title: t('shortcuts'), 'aria-expanded': 'false', 'data-testid': 'shortcut-help-button' }, '?'),
        ),
        el('label', { class: 'kz-show-handled' }, checkbox, ' ', t('showHandled')),
        el('div', { class: 'kz-queue-scroll', 'data-testid': 'queue-scroll' }, list),
      ),
    ),
  );
}

/** Remembers what the operator did on the first screen, for React to carry on (takeFirstScreenInput). */
function follow(screen: HTMLElement): void {
  screen.addEventListener('click', (event) => {
    const item = (event.target as Element).closest?.('.kz-item-select')?.closest<HTMLElement>('[data-post-id]');
    if (item) state().clicked = item.dataset.postId;
  });
  screen.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[data-post-id]');
    state().focus = item && target.classList.contains('kz-item-select') ? { postId: item.dataset.postId } : { testid: target.dataset.testid };
  });
}

/**
 * Draws the first screen into the element React will render into, once the panel's stylesheet is in
 * (rows are measured, and the browser paints nothing before it anyway), if React has not started and
 * it can be drawn exactly. Resolves whether it was drawn.
 */
export async function paintFirstScreen(rows: QueueRows | undefined, root: HTMLElement | null = document.getElementById('root')): Promise<boolean> {
  if (!rows || !root) return false;
  const waiting = firstScreenPosts(rows);
  if (!waiting) return false;
  await stylesheetsLoaded();
  if (root.firstChild || state().reactStarted) return false;
  const screen = buildFirstScreen(waiting, Date.now(), window.innerHeight);
  follow(screen);
  root.append(screen);
  placeRows(screen);
  return true;
}

function stylesheetsLoaded(): Promise<unknown> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].filter((link) => !link.sheet);
  return Promise.all(
    pending.map(
      (link) =>
        new Promise((done) => {
          link.addEventListener('load', done, { once: true });
          link.addEventListener('error', done, { once: true });
        }),
    ),
  );
}

/**
 * Places the rows as the virtual list will (QueueList.tsx): each at the sum of the rows above it,
 * measured as it measures them (whole pixels: offsetHeight), plus the gap. Laid out in the flow
 * instead, a row would sit a fraction of a pixel away from where React puts it, and the fractions add
 * up down the list. The measuring is the page's first layout, which its first paint needs anyway.
 */
function placeRows(screen: HTMLElement): void {
  const rows = [...screen.querySelectorAll<HTMLElement>('[data-testid=queue-item]')];
  const heights = rows.map((li) => li.offsetHeight);
  let top = 0;
  rows.forEach((li, i) => {
    li.style.position = '';
    li.style.transform = `translateY(${top}px)`;
    top += heights[i]! + ROW_GAP_PX;
  });
}

/** Called as React is asked to render: from then on the start-up script draws nothing. */
export function noteReactStarted(): void {
  state().reactStarted = true;
}

/** What the operator did on the first screen before React took over (once): the row clicked, and where the focus was. */
export function takeFirstScreenInput(): Pick<FirstScreenState, 'clicked' | 'focus'> {
  const { clicked, focus } = state();
  state().clicked = state().focus = undefined;
  return { clicked, focus };
}
