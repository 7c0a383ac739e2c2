import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { POST } from '../x/selectors';

/** Marks the chip's host element (features/chip.ts). */
export const CHIP_ATTR = 'data-kizuki-chip';

/** Marks our other inserted hosts (the markup notice). */
export const OWN_HOST_ATTR = 'data-kizuki-host';

/** Our own inserted nodes (chips, the markup notice): their arrival must not count as X changing. */
function isOurs(node: Node): boolean {
  return node instanceof Element && (node.hasAttribute(CHIP_ATTR) || node.hasAttribute(OWN_HOST_ATTR));
}

/** Only our own insertions. A removal of a chip is not ignored: if X (not us) took it away, it comes back. */
function onlyOurs(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.addedNodes.length === 0) return false;
  return [...record.addedNodes, ...record.removedNodes].every(isOurs);
}

/** The outermost post article around `node` (a quoted post is part of its quoting post). */
function articleAround(node: Node): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  let article = el?.closest(POST) ?? null;
  for (let outer = article?.parentElement?.closest(POST); outer; outer = outer.parentElement?.closest(POST)) article = outer;
  return article;
}

function collect(record: MutationRecord, into: Set<Element>): void {
  const around = articleAround(record.target);
  if (around) into.add(around);
  for (const node of record.addedNodes) {
    if (!(node instanceof Element)) continue;
    if (node.matches(POST)) into.add(articleAround(node)!);
    else if (node.firstElementChild) for (const a of node.querySelectorAll(POST)) into.add(articleAround(a)!);
  }
}

/**
 * One pending run at a time: at the next animation frame, or after 200 ms in a hidden tab (hidden tabs
 * get no frames; a timeout keeps their state right for when they return). WXT's ctx.setTimeout and
 * ctx.requestAnimationFrame add an abort listener to the context on every call and never remove it,
 * which over a shift of batches is thousands of listeners: the browser's own timers are used here,
 * cancelled by ONE listener registered once.
 */
export function reusableTimer(ctx: ContentScriptContext, run: () => void): { schedule(): void } {
  let frame: number | null = null;
  let timeout: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    frame = timeout = null;
    if (!ctx.signal.aborted) run();
  };
  ctx.onInvalidated(() => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timeout !== null) clearTimeout(timeout);
    frame = timeout = null;
  });
  return {
    schedule() {
      if (frame !== null || timeout !== null || ctx.signal.aborted) return;
      if (document.hidden) timeout = setTimeout(fire, 200);
      else frame = requestAnimationFrame(fire);
    },
  };
}

/**
 * Watches the whole page (home, search, notifications, profiles, a post's page, reply modals) and
 * hands the articles X added or changed to `onBatch`, at most once per animation frame. Cells are
 * recycled, so any change inside an article means "read it again". Removals also trigger a batch so
 * that the ranges of articles that left the page are swept.
 */
export function observePosts(ctx: ContentScriptContext, onBatch: (articles: Element[]) => void): { flushAll(): void } {
  let dirty = new Set<Element>();
  const timer = reusableTimer(ctx, () => {
    const batch = [...dirty];
    dirty = new Set();
    onBatch(batch);
  });
  const schedule = () => timer.schedule();
  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (onlyOurs(record)) continue;
      relevant = true;
      collect(record, dirty);
    }
    if (relevant) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  return {
    /** Re-reads every post on the page (start, new packs, navigation). */
    flushAll() {
      for (const a of document.querySelectorAll(POST)) dirty.add(articleAround(a)!);
      schedule();
    },
  };
}
