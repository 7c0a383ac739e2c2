import { browser } from 'wxt/browser';
import type { Push } from '../contract/messages';

type PushOf<T extends Push['type']> = Extract<Push, { type: T }>;

// Only our own background can reach this listener, but a malformed push must still not throw on the
// page: check the shape by hand (no zod in the content script).
function isPush(message: unknown): message is Push {
  const m = message as { type?: unknown; postIds?: unknown; postId?: unknown } | null;
  switch (m?.type) {
    case 'push/spec-changed':
      return true;
    case 'push/state-changed':
      return m.postIds === 'all' || (Array.isArray(m.postIds) && m.postIds.every((id) => typeof id === 'string'));
    case 'push/focus':
      return typeof m.postId === 'string';
    default:
      return false;
  }
}

/**
 * Listens to one kind of push from the background for as long as `signal` lives. A handler that
 * returns a value answers the push (sendResponse works in every browser this extension supports).
 */
export function onPush<T extends Push['type']>(type: T, handler: (push: PushOf<T>) => unknown, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): undefined => {
    if (!isPush(message) || message.type !== type) return undefined;
    const answer = handler(message as PushOf<T>);
    if (answer !== undefined) sendResponse(answer);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
