import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '../../categories';
import { messages as commonMessages } from '../../i18n/common-messages';
import { makeT } from '../../i18n/plain-t';
import { undoUntil, type PostState } from '../../contract/post-state';
import { sendRequest } from '../../contract/request-port';
import type { Feature } from '../features';
import { BoundedMap } from '../bounded-map';
import { CHIP_ATTR } from '../observe-posts';
import type { Page, PostView } from '../pipeline';
import { followOn } from '../perf';
import { onPush } from '../pushes';
import { chipView, handledAttr, type ChipView, type LocalChipFlags } from './chip-view';

// The chip by each brand post: category, priority, who handled it or is replying, and the buttons
// (mark handled, undo, reply). State comes from the background in ONE posts/state request per batch
// (never one per post) and is refreshed when the background pushes a change.

export type ChipAction = 'mark' | 'undo' | 'reply';
/** Whether a post is handled ("mine" / "team", never a name), on its article (tests and the page's CSS read it). */
export const HANDLED_ATTR = 'data-kizuki-handled';

// Chips say 「3分前」: refresh the wording now and then, only for posts on screen.
const AGE_REFRESH_MS = 30_000;
const MAX_IDS = 500;
/** States and flags remembered per post: a few screens' worth, never one per post of the shift. */
const REMEMBERED = 2000;
const NOBODY: PostState = { handled: [], claim: null };

// The chip's styles are the content script's style sheet (entrypoints/x.content/style.css), one for
// every chip on the page: each element of the shadow root is a named part (`part`), and its state is
// a part name too (the category on the category button, high/mid/low on the priority), so no shadow
// root carries a style sheet of its own. X's style sheets reach the parts only by naming them.

// X's article navigates to the post on click and has keyboard shortcuts (l, r, …): events from the
// chip must stop at its host.
const STOPPED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];
const stop = (e: Event) => e.stopPropagation();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, part: string, parent: Node): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.setAttribute('part', part);
  parent.appendChild(node);
  return node;
}

function button(action: ChipAction, part: string, parent: Node): HTMLButtonElement {
  const b = el('button', part, parent);
  b.type = 'button';
  b.dataset.action = action;
  return b;
}

/** A chip's parts, in the order chipPrototype lays them out: the pill, then its children. */
type Parts = [chip: Element, cat: HTMLButtonElement, menu: HTMLElement, prio: Element, state: Element, mark: Element, undo: Element, reply: Element, error: Element];

// Each chip's shadow root is closed, so x.com's scripts cannot find its buttons (element.shadowRoot
// is null for them); only this script keeps the way in: each host's parts.
const chips = new WeakMap<Element, Parts>();
/** What each chip shows now (its view, serialised). */
const shownOn = new WeakMap<Element, string>();

/** What every chip's shadow root holds before it is painted; built once, then cloned (see createHost). */
function chipPrototype(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const chip = el('div', 'chip', fragment);
  chip.setAttribute('role', 'group');
  // The category is its own correction menu: picking another one teaches the team's learned layer.
  // A button that unfolds a row of category buttons, not a <select>: a <select> costs the page about
  // four times a button to build and to lay out, and every brand post scrolled past gets a chip. The
  // row's buttons are made when it first unfolds (paintPicks): few chips are ever corrected, and they
  // were half of each chip's elements and of the writes of each paint.
  const cat = el('button', 'cat', chip);
  cat.type = 'button';
  cat.setAttribute('aria-expanded', 'false');
  const menu = el('span', 'menu', chip);
  menu.hidden = true;
  menu.setAttribute('role', 'group');
  el('span', 'prio', chip);
  el('span', 'state', chip).setAttribute('role', 'status');
  button('mark', 'mark', chip);
  button('undo', 'undo alt', chip);
  button('reply', 'reply alt', chip);
  el('span', 'error', chip).setAttribute('role', 'alert');
  return fragment;
}
let prototype: DocumentFragment | undefined;

/** A new chip: one deep clone of the prototype, not a dozen elements built one by one. */
function createHost(onAction: (action: ChipAction, postId: string) => void, onFix: (postId: string, category: Category) => void): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(CHIP_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  root.appendChild((prototype ??= chipPrototype()).cloneNode(true));
  const chip = root.lastElementChild!;
  const parts = [chip, ...chip.children] as Parts;
  chips.set(host, parts);
  const [, cat, menu] = parts;
  /** Unfolds the categories with the current one focused, or folds them back to the menu's button. */
  const unfold = (open: boolean) => {
    if (open) paintPicks(menu, cat.dataset.category);
    menu.hidden = !open;
    // The unfolded row is laid out by its part name (style.css): a display set on the part itself
    // would show it even while hidden.
    menu.setAttribute('part', open ? 'menu open' : 'menu');
    cat.setAttribute('aria-expanded', String(open));
    (open ? menu.querySelector<HTMLElement>('[aria-pressed=true]') : cat)?.focus();
  };
  for (const type of STOPPED) host.addEventListener(type, stop);
  // The unfolded categories are buttons in a row: Tab moves between them, Esc folds them again.
  root.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && !menu.hidden && unfold(false));
  root.addEventListener('click', (e) => {
    // Only the operator's own click: x.com's scripts can dispatch clicks (element.click(), a synthetic
    // event) but cannot make them trusted, so they cannot mark handled, or teach the team, in the
    // operator's name.
    const postId = host.dataset.postId;
    const pressed = (e.target as Element).closest('button');
    if (!e.isTrusted || !postId || !pressed) return;
    if (pressed === cat) return unfold(menu.hidden);
    const category = pressed.dataset.category as Category | undefined;
    if (category) {
      unfold(false);
      if (category !== cat.dataset.category) onFix(postId, category);
      return;
    }
    const action = pressed.dataset.action as ChipAction | undefined;
    if (action) onAction(action, postId);
  });
  return host;
}

function setText(node: Element, text: string | null): void {
  (node as HTMLElement).hidden = text === null;
  if (text !== null && node.textContent !== text) node.textContent = text;
}

/** The unfolded row: one button per category (made when it first unfolds), the one shown pressed. */
function paintPicks(menu: Element, shown: string | undefined): void {
  const label = makeT(commonMessages);
  CATEGORIES.forEach((value, i) => {
    let pick = menu.children[i] as HTMLButtonElement | undefined;
    if (!pick) {
      pick = el('button', 'pick', menu);
      pick.type = 'button';
      pick.dataset.category = value;
    }
    const on = value === shown;
    setText(pick, label(value));
    pick.setAttribute('aria-pressed', String(on));
    pick.setAttribute('part', on ? 'pick on' : 'pick');
  });
}

function paint(host: HTMLElement, view: ChipView): void {
  const parts = chips.get(host);
  // An element that only looks like a chip (a page script's, not made here) has nothing of ours to paint.
  if (!parts) return;
  // Most repaints show what the chip already shows (the state reply for a post nobody handled, the
  // age refresh within the same minute): those write nothing.
  const shown = JSON.stringify(view);
  if (shownOn.get(host) === shown) return;
  shownOn.set(host, shown);
  const [chip, cat, menu, prio, state, mark, undo, reply, error] = parts;
  chip.setAttribute('aria-label', view.ariaLabel);
  // Named by the category it shows; what pressing it does is its description.
  cat.title = view.labels.fix;
  cat.dataset.category = view.category;
  cat.setAttribute('part', `cat ${view.category}`);
  setText(cat, view.categoryLabel);
  menu.setAttribute('aria-label', view.labels.fix);
  if (menu.firstChild) paintPicks(menu, view.category);
  prio.setAttribute('part', `prio ${view.priority >= 70 ? 'high' : view.priority >= 40 ? 'mid' : 'low'}`);
  setText(prio, view.priorityLabel);
  state.setAttribute('part', `state ${view.state?.kind ?? ''}`);
  setText(state, view.state?.text ?? null);
  setText(mark, view.showMark ? view.labels.mark : null);
  setText(undo, view.showUndo ? view.labels.undo : null);
  setText(reply, view.labels.reply);
  setText(error, view.error);
}

function removeChip(article: Element): void {
  article.querySelector(`[${CHIP_ATTR}]`)?.remove();
  article.removeAttribute(HANDLED_ATTR);
}

const withoutOperator = (state: PostState | undefined, operator: string): PostState => ({
  handled: (state?.handled ?? []).filter((h) => h.operator !== operator),
  claim: state?.claim ?? null,
});

/** The chip feature for one page: its state, its flags and its timers live and die with `signal`. */
function startChips(signal: AbortSignal, page: Page): void {
  const states = new BoundedMap<string, PostState>(REMEMBERED);
  const flags = new BoundedMap<string, LocalChipFlags>(REMEMBERED);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** The operator's id, from the last posts/state reply: chips offer Undo on their own records only. */
  let me = '';

  /**
   * Chips built and painted in a reading's earlier slices, not in the page yet: they go in together
   * at the slice that places the reading's marks (Batch.place), one change to X's layout, not one per slice.
   */
  const unplaced = new Map<Element, { host: HTMLElement; anchor: Element }>();

  /** Just above the post's own text, so it reads as a label of that text. */
  function placeHost(host: HTMLElement, anchor: Element): void {
    if (host.parentNode !== anchor.parentNode || host.nextSibling !== anchor) anchor.parentNode?.insertBefore(host, anchor);
  }

  function paintView({ article, post, classification }: PostView, place = true): void {
    const anchor = post.textElement;
    if (!anchor) return;
    const state = states.get(post.id);
    const handledBy = handledAttr(state, me);
    if (handledBy === null) article.removeAttribute(HANDLED_ATTR);
    else if (article.getAttribute(HANDLED_ATTR) !== handledBy) article.setAttribute(HANDLED_ATTR, handledBy);
    let host = article.querySelector<HTMLElement>(`[${CHIP_ATTR}]`) ?? unplaced.get(article)?.host;
    if (!host) host = createHost(onAction, (id, category) => void fix(id, category));
    host.dataset.postId = post.id;
    if (place) {
      unplaced.delete(article);
      placeHost(host, anchor);
    } else unplaced.set(article, { host, anchor });
    paint(host, chipView(classification, state, me, flags.get(post.id)));
  }

  const repaint = (postIds: Iterable<string>) => {
    if (signal.aborted) return;
    for (const id of new Set(postIds)) for (const view of page.viewsOf(id)) paintView(view);
  };

  async function fetchStates(postIds: string[]): Promise<void> {
    const all = [...new Set(postIds)];
    // One request per batch; only a page re-read after new packs can exceed what one request may carry.
    for (let i = 0; i < all.length; i += MAX_IDS) {
      const ids = all.slice(i, i + MAX_IDS);
      const reply = await sendRequest({ type: 'posts/state', postIds: ids });
      // Until the handled log answers (or if it refuses), posts simply show no state.
      if (!reply.ok || signal.aborted) return;
      me = reply.operator?.id ?? '';
      for (const id of ids) states.set(id, reply.states[id] ?? NOBODY);
      followOn('chip-state-repaint', () => repaint(ids));
    }
  }

  function later(ms: number, run: () => void): void {
    const timer = setTimeout(() => (timers.delete(timer), run()), ms);
    timers.add(timer);
  }

  async function mark(postId: string): Promise<void> {
    const [view] = page.viewsOf(postId);
    if (!view) return;
    const reply = await sendRequest({ type: 'handled/mark', post: view.summary, action: 'replied' });
    if (!reply.ok) {
      flags.set(postId, { undoUntil: 0, error: reply.error });
      return repaint([postId]);
    }
    const { operator, operatorName, handledAt, action } = reply.record;
    me = operator;
    // The same window the background allows, from the record's own time.
    const until = undoUntil(handledAt);
    flags.set(postId, { undoUntil: until, error: null });
    const before = withoutOperator(states.get(postId), operator);
    states.set(postId, { ...before, handled: [...before.handled, { operator, operatorName, handledAt, action }] });
    repaint([postId]);
    later(until - Date.now() + 50, () => {
      // Past the undo window the flag says nothing more: drop it rather than keep it for the shift.
      if (flags.get(postId)?.undoUntil === until) flags.delete(postId);
      repaint([postId]);
    });
  }

  async function undo(postId: string): Promise<void> {
    const reply = await sendRequest({ type: 'handled/undo', postId });
    flags.delete(postId);
    if (!reply.ok) return fetchStates([postId]);
    states.set(postId, withoutOperator(states.get(postId), me));
    repaint([postId]);
  }

  async function fix(postId: string, category: Category): Promise<void> {
    const [view] = page.viewsOf(postId);
    if (!view) return;
    const reply = await sendRequest({ type: 'correction/record', post: view.summary, category });
    if (!reply.ok) flags.set(postId, { undoUntil: flags.get(postId)?.undoUntil ?? 0, error: reply.error });
    else states.set(postId, { ...(states.get(postId) ?? NOBODY), category });
    repaint([postId]);
  }

  function onAction(action: ChipAction, postId: string): void {
    if (action === 'mark') void mark(postId);
    else if (action === 'undo') void undo(postId);
    else void sendRequest({ type: 'composer/open', postId });
  }

  /** Posts shown without a state yet, asked for in one request once the batch is painted. */
  const unknown = new Set<string>();
  let asking = false;
  page.onBatch(({ posts, cleared, last, place, perf }) => {
    for (const article of cleared) {
      unplaced.delete(article);
      removeChip(article);
    }
    for (const view of posts) {
      if (!states.has(view.post.id)) unknown.add(view.post.id);
      paintView(view, place);
    }
    if (place) {
      // Already painted, and repainted by any state that came meanwhile: only placed, if still in the page.
      for (const { host, anchor } of unplaced.values()) if (anchor.isConnected) placeHost(host, anchor);
      unplaced.clear();
    }
    perf.lap('chip');
    // One request once X's changes are all read (a frame's changes may come in several slices),
    // sent in a task of its own: sending a message is not free for the page.
    if (last && unknown.size && !asking) {
      asking = true;
      later(0, () => followOn('chip-state-request', () => {
        asking = false;
        void fetchStates([...unknown]);
        unknown.clear();
      }));
    }
  }, signal);

  onPush('push/state-changed', ({ postIds }) => {
    const shown = new Set(page.views().map((v) => v.post.id));
    void fetchStates(postIds === 'all' ? [...shown] : postIds.filter((id) => shown.has(id)));
  }, signal);

  // A refusal such as "set your name in Settings first" stops being true once the operator saves
  // their name (or sync settings): take it off the chips instead of leaving it up.
  const onSettings = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('operatorSettings' in changes || 'syncSettings' in changes)) return;
    const stale = [...flags].filter(([, f]) => f.error).map(([id]) => id);
    for (const id of stale) flags.delete(id);
    repaint(stale);
  };
  browser.storage.onChanged.addListener(onSettings);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onSettings), { once: true });
  // New packs can bring a new reply deadline: the re-read that follows asks for every post's state again.
  onPush('push/spec-changed', () => states.clear(), signal);

  const ages = setInterval(() => repaint(page.views().map((v) => v.post.id)), AGE_REFRESH_MS);
  signal.addEventListener('abort', () => {
    clearInterval(ages);
    for (const timer of timers) clearTimeout(timer);
    for (const view of page.views()) removeChip(view.article);
    for (const host of document.querySelectorAll(`[${CHIP_ATTR}]`)) host.remove();
  }, { once: true });
}

export const chip: Feature = { name: 'chip', survivesNavigation: true, init: startChips };
