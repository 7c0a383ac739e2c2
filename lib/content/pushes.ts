import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { Push } from '../messages/protocol';

export interface PushHandlers {
  specChanged(): void;
  stateChanged(postIds: string[] | 'all'): void;
  focus(postId: string): boolean;
}

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

/** Listens to the background's pushes for as long as this content script lives. */
export function listenForPushes(ctx: ContentScriptContext, handlers: PushHandlers): void {
  // sendResponse (not a returned promise) works in every browser this extension supports.
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): undefined => {
    if (!isPush(message)) return undefined;
    if (message.type === 'push/spec-changed') handlers.specChanged();
    else if (message.type === 'push/state-changed') handlers.stateChanged(message.postIds);
    else if (message.type === 'push/focus') sendResponse({ ok: handlers.focus(message.postId) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
