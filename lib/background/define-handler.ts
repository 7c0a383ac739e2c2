import type { Browser } from 'wxt/browser';
import type { MessageType, Reply, Request } from '../contract/messages';

export type Sender = Browser.runtime.MessageSender;

/** One message type's handler. The router has validated the request against its schema already. */
export interface Handler<T extends MessageType> {
  type: T;
  handle: (req: Request<T>, sender: Sender) => Promise<Reply<T>>;
}

export function defineHandler<T extends MessageType>(type: T, handle: Handler<T>['handle']): Handler<T> {
  return { type, handle };
}
