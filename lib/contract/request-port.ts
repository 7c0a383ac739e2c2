import { browser, type Browser } from 'wxt/browser';
import type { ErrorReply, MessageType, Reply, Request } from './messages';

// The content script's requests go to the worker on one long-lived port, not as one-off messages.
// A one-off message (runtime.sendMessage, send.ts) opens a channel, sends, answers and closes it, each
// step a message through the browser process; the content script sends two for every reading of what
// X changed (the seen report and the chips' state request). In the soak (bench/soak.bench.ts, over the
// last 2,000 of 20,000 posts) the browser process's main thread ran 0.4 s with the port against 0.6 s
// with one-off messages, and the seen report's share of the page's reading tasks fell from 490–580 ms
// to 310–360 ms per 20,000 posts. The side panel's requests come from clicks: they stay one-off
// messages. Both reach the same router, which validates every request (lib/background/router.ts).

/** The port's name: content scripts open it, the worker answers on it. */
export const REQUEST_PORT = 'kizuki-requests';

/** A request on the port, numbered so that its answer finds it (answers may come in any order). */
export interface PortRequest {
  id: number;
  request: unknown;
}
export interface PortReply {
  id: number;
  reply: unknown;
}

type Port = Pick<Browser.runtime.Port, 'name' | 'sender' | 'postMessage' | 'onMessage' | 'onDisconnect'>;

/** The content script's port, opened at its first request; and the requests sent on it, not yet answered. */
let port: Port | undefined;
const waiting = new Map<number, (reply?: unknown) => void>();
let lastId = 0;

/** No answer will come on this port: every request waiting on it gets what a one-off message gets then. */
function lose(lost: Port | undefined): void {
  if (port !== lost) return;
  port = undefined;
  for (const answer of waiting.values()) answer();
  waiting.clear();
}

/**
 * The content script's requests, on its port. A worker that stopped (the browser ends an idle one)
 * closes the port: what it had not answered is `unanswered`, as a one-off message is then, and the
 * next request opens a new port, which starts the worker again.
 */
export function sendRequest<T extends MessageType>(request: Request<T> & { type: T }): Promise<Reply<T>> {
  return new Promise((resolve) => {
    const id = ++lastId;
    waiting.set(id, (reply) => resolve((reply as Reply<T> | undefined) ?? { ok: false, error: 'no answer from the background', unanswered: true }));
    try {
      if (!port) {
        const opened = (port = browser.runtime.connect({ name: REQUEST_PORT }));
        opened.onMessage.addListener((message: PortReply) => {
          waiting.get(message?.id)?.(message.reply);
          waiting.delete(message?.id);
        });
        opened.onDisconnect.addListener(() => lose(opened));
      }
      port.postMessage({ id, request } satisfies PortRequest);
    } catch (error) {
      // The extension was reloaded or removed under the page (the context is invalidated).
      waiting.get(id)!({ ok: false, error: String(error), unanswered: true } satisfies ErrorReply);
      waiting.delete(id);
      lose(port);
    }
  });
}

/**
 * The worker's end: answers every request on a content script's port through `route`, with the port's
 * sender (its tab) as a one-off message's sender. A message without a number could be answered to no
 * one: it is dropped.
 */
export function acceptPortRequests(
  route: (message: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>,
  onConnect: { addListener(listener: (port: Port) => void): void } = browser.runtime.onConnect,
): void {
  onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    const sender = port.sender ?? {};
    port.onMessage.addListener((message: unknown) => {
      const id = (message as PortRequest | null)?.id;
      if (!Number.isSafeInteger(id)) return;
      void route((message as PortRequest).request, sender).then((reply) => {
        try {
          port.postMessage({ id: id!, reply } satisfies PortReply);
        } catch {
          // The page went away meanwhile: no one waits for the answer.
        }
      });
    });
  });
}
