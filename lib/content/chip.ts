import type { Category } from '../categories';
import { CHIP_CSS } from './chip-style';

export const CHIP_ATTR = 'data-kizuki-chip';
export type ChipAction = 'mark' | 'undo' | 'reply';

/** Everything a chip shows; computed elsewhere so this file only writes DOM. */
export interface ChipView {
  postId: string;
  category: Category;
  categoryLabel: string;
  priority: number;
  priorityLabel: string;
  ariaLabel: string;
  state: { text: string; kind: 'handled' | 'claimed' } | null;
  showMark: boolean;
  showUndo: boolean;
  error: string | null;
  labels: { mark: string; undo: string; reply: string };
}

type OnAction = (action: ChipAction, postId: string) => void;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent.appendChild(node);
  return node;
}

function button(action: ChipAction, className: string, parent: Node): HTMLButtonElement {
  const b = el('button', className, parent);
  b.type = 'button';
  b.dataset.action = action;
  return b;
}

// X's article navigates to the post on click and has keyboard shortcuts (l, r, …): events from the
// chip must stop at its host.
const STOPPED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

function createHost(onAction: OnAction): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(CHIP_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  root.appendChild(style);
  const chip = el('div', 'chip', root);
  chip.setAttribute('role', 'group');
  el('span', 'cat', chip);
  el('span', 'prio', chip);
  el('span', 'state', chip).setAttribute('role', 'status');
  button('mark', 'mark', chip);
  button('undo', 'undo secondary', chip);
  button('reply', 'reply secondary', chip);
  el('span', 'error', chip).setAttribute('role', 'alert');
  for (const type of STOPPED) host.addEventListener(type, (e) => e.stopPropagation());
  root.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('button')?.dataset.action as ChipAction | undefined;
    if (action && host.dataset.postId) onAction(action, host.dataset.postId);
  });
  return host;
}

function setText(node: Element | null | undefined, text: string | null): void {
  if (!node) return;
  (node as HTMLElement).hidden = text === null;
  if (text !== null && node.textContent !== text) node.textContent = text;
}

function paint(host: HTMLElement, view: ChipView): void {
  const root = host.shadowRoot!;
  const chip = root.querySelector('.chip')!;
  chip.className = `chip cat-${view.category}`;
  chip.setAttribute('aria-label', view.ariaLabel);
  setText(root.querySelector('.cat'), view.categoryLabel);
  const prio = root.querySelector('.prio')!;
  prio.className = `prio ${view.priority >= 70 ? 'high' : view.priority >= 40 ? 'mid' : 'low'}`;
  setText(prio, view.priorityLabel);
  const state = root.querySelector('.state')!;
  state.className = `state ${view.state?.kind ?? ''}`;
  setText(state, view.state?.text ?? null);
  setText(root.querySelector('.mark'), view.showMark ? view.labels.mark : null);
  setText(root.querySelector('.undo'), view.showUndo ? view.labels.undo : null);
  setText(root.querySelector('.reply'), view.labels.reply);
  setText(root.querySelector('.error'), view.error);
}

/** Where the chip sits: just above the post's own text, so it reads as a label of that text. */
function place(host: HTMLElement, anchor: Element): void {
  if (host.parentNode === anchor.parentNode && host.nextSibling === anchor) return;
  anchor.parentNode?.insertBefore(host, anchor);
}

/** Shows (or updates) the chip of the post `article` now holds. */
export function renderChip(article: Element, anchor: Element, view: ChipView, onAction: OnAction): void {
  let host = article.querySelector<HTMLElement>(`[${CHIP_ATTR}]`);
  if (!host) host = createHost(onAction);
  host.dataset.postId = view.postId;
  place(host, anchor);
  paint(host, view);
}

export function removeChip(article: Element): void {
  article.querySelector(`[${CHIP_ATTR}]`)?.remove();
}
