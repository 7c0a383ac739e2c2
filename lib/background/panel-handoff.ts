import { browser, type Browser } from 'wxt/browser';
import type { PostState } from '../contract/post-state';
import type { SeenPost } from '../contract/records';
import { SEEN_PORT, type SeenHandoff } from '../queue/seen-handoff';

// The worker's end of the seen posts' hand-off (lib/queue/seen-handoff.ts): the open panels' ports.

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'postMessage' | 'onDisconnect'>;

const panels = new Set<Port>();

/** Keeps the port of every side panel that opens one. Only our own pages are panels: a content script's port (an x.com URL) is not kept. */
export function acceptPanels(onConnect: { addListener(listener: (port: Port) => void): void } = browser.runtime.onConnect): void {
  onConnect.addListener((port: Port) => {
    if (port.name !== SEEN_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    panels.add(port);
    port.onDisconnect.addListener(() => panels.delete(port));
  });
}

/** Whether a panel is open to hand rows to (else the worker reads no state for it). */
export const panelsOpen = (): boolean => panels.size > 0;

function send(message: SeenHandoff): void {
  for (const port of panels) {
    try {
      port.postMessage(message);
    } catch {
      // Closed meanwhile: its onDisconnect removes it.
      panels.delete(port);
    }
  }
}

/** Rows being written to the seen posts, with their state: open panels show them before the write is read back. */
export function handToPanels(rows: SeenPost[], states: Record<string, PostState>): void {
  if (panels.size && rows.length) send({ type: 'seen', rows, states });
}

/** What was handed over may not have been stored: the panels read their queue whole. */
export function panelsReread(): void {
  if (panels.size) send({ type: 'reread' });
}
