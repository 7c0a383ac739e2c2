import type { z } from 'zod';
import type { Browser } from 'wxt/browser';
import type { ReplyOf, Request, RequestType } from '../messages/protocol';

export type Sender = Browser.runtime.MessageSender;

export interface Handler<T extends RequestType> {
  type: T;
  schema: z.ZodType<Extract<Request, { type: T }>>;
  handle: (req: Extract<Request, { type: T }>, sender: Sender) => Promise<ReplyOf<T>>;
}

/** One message type's handler: its zod schema validates what arrives before `handle` sees it. */
export function defineHandler<T extends RequestType>(
  type: T,
  schema: z.ZodType<Extract<Request, { type: T }>>,
  handle: Handler<T>['handle'],
): Handler<T> {
  return { type, schema, handle };
}
