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
 * One thing Kizuki does on x.com. `init` starts it for the current page; everything it starts stops
 * when `signal` aborts (navigation, or the extension updated or removed), taking its marks off the
 * page. A feature keeps its own state: nothing mutable is shared between features.
 */
export interface Feature {
  name: string;
  init(signal: AbortSignal, page: Page): void;
}

export const FEATURES: readonly Feature[] = [highlight, chip, seenReport, focus, markupNotice, shortcuts, authorIds];

/** Runs every feature, restarting them on each client-side navigation (as refined-github's feature manager does). */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[] = FEATURES): void {
  const page = startPipeline(ctx);
  let current: AbortController | null = null;
  const start = () => {
    current?.abort();
    current = new AbortController();
    const { signal } = current;
    for (const feature of features) {
      try {
        feature.init(signal, page);
      } catch (error) {
        // One broken feature must not take the others down.
        console.warn(`kizuki: ${feature.name} failed to start`, error);
      }
    }
    page.rereadAll();
  };
  ctx.onInvalidated(() => current?.abort());
  ctx.addEventListener(window, 'wxt:locationchange', start);
  start();
}
