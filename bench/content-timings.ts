import type { BrowserContext, Page } from '@playwright/test';
import type { Timings } from '../lib/content/perf';

// The content script's self-measurement (lib/content/perf.ts) lives in the content script's own
// world: written into X's page, each figure was a change to the document that the browser answered
// with a frame and a repaint of every highlighted post, costs that an operator's page never pays.
// Playwright evaluates in the page's main world only, so the benchmarks take the figures over the
// DevTools protocol, in the extension's isolated world.

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

export interface ContentTimings {
  /** The timings since the last call (the content script forgets them). */
  take(): Promise<Timings>;
  stop(): Promise<void>;
}

export async function contentScriptTimings(context: BrowserContext, page: Page, extensionId: string): Promise<ContentTimings> {
  const cdp = await context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  // The newest of the extension's worlds in the page's main frame: a navigation makes a new one.
  let world: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context: c }: { context: ExecutionContext }) => {
    if (c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && c.origin.includes(extensionId)) world = c.id;
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    if (executionContextId === world) world = undefined;
  });
  await cdp.send('Runtime.enable');
  return {
    async take() {
      if (world === undefined) return { batches: [], later: [] };
      const reply = await cdp.send('Runtime.evaluate', { contextId: world, expression: 'globalThis.__kizukiTimings?.() ?? { batches: [], later: [] }', returnByValue: true });
      if (reply.exceptionDetails) throw new Error(`reading the content script's timings: ${reply.exceptionDetails.text}`);
      return reply.result.value as Timings;
    },
    stop: () => cdp.detach(),
  };
}
