import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { authorIds } from './features/author-ids';
import { chip } from './features/chip';
import { focus } from './features/focus';
import { highlight } from './features/highlight';
import { markupNotice } from './features/markup-notice';
import { seenReport } from './features/seen-report';
import { shortcuts } from './features/shortcuts';
import { startPipeline, type Page } from './pipeline';

/**
 * One thing Kizuki does on x.com. `init` starts it; everything it starts stops when `signal` aborts,
 * taking its marks off the page. A feature keeps its own state: nothing mutable is shared between
 * features.
 */
export interface Feature {
  name: string;
  /**
   * What the feature keeps belongs to posts (their marks, their state, what was reported of them),
   * not to the page X shows: it runs for as long as the content script does. X's client-side
   * navigations often leave the posts where they were (its reply box and photos open over the
   * timeline, at a URL of their own), and a post X takes away is swept like any other. The others
   * are restarted on each navigation (as refined-github's feature manager does).
   */
  survivesNavigation?: boolean;
  init(signal: AbortSignal, page: Page): void;
}

export const FEATURES: readonly Feature[] = [highlight, chip, seenReport, focus, markupNotice, shortcuts, authorIds];

function init(features: readonly Feature[], signal: AbortSignal, page: Page): void {
  for (const feature of features) {
    try {
      feature.init(signal, page);
    } catch (error) {
      // One broken feature must not take the others down.
      console.warn(`kizuki: ${feature.name} failed to start`, error);
    }
  }
}

/**
 * Runs every feature. Those of one page are restarted on each client-side navigation; the page is not
 * read again for it: what X changes, the pipeline reads anyway. Restarting the post features too
 * would take every chip and highlight off and put them back, and send every post's report and state
 * request again, each time X opens its reply box over the timeline.
 */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[] = FEATURES): void {
  const page = startPipeline(ctx);
  let current: AbortController | null = null;
  const startPage = () => {
    current?.abort();
    current = new AbortController();
    init(features.filter((f) => !f.survivesNavigation), current.signal, page);
  };
  ctx.onInvalidated(() => current?.abort());
  init(features.filter((f) => f.survivesNavigation), ctx.signal, page);
  startPage();
  ctx.addEventListener(window, 'wxt:locationchange', startPage);
  page.rereadAll();
}
