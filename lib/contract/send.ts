import { browser } from 'wxt/browser';
import type { ErrorReply, MessageType, Reply, Request } from './messages';

/**
 * Sends a typed request to the background and returns its typed reply. A failed delivery (no
 * background, the context invalidated) comes back as an ErrorReply too: callers check `ok` only.
 */
export async function sendRequest<T extends MessageType>(request: Request<T> & { type: T }): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no answer from the background', unanswered: true };
  } catch (error) {
    return { ok: false, error: String(error), unanswered: true } satisfies ErrorReply;
  }
}
