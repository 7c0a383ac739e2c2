import { browser } from 'wxt/browser';
import type { ReplyOf, Request } from './protocol';

/** Sends a typed request to the background and returns its typed reply. */
export function sendRequest<R extends Request>(request: R): Promise<ReplyOf<R['type']>> {
  return browser.runtime.sendMessage(request) as Promise<ReplyOf<R['type']>>;
}
