import { requestSchemas, type ErrorReply, type MessageType, type Reply } from '../contract/messages';
import type { Handler, Sender } from './define-handler';
import authorsSeen from './handlers/authors-seen';
import claimRelease from './handlers/claim-release';
import claimTake from './handlers/claim-take';
import composerOpen from './handlers/composer-open';
import correctionRecord from './handlers/correction-record';
import handledMark from './handlers/handled-mark';
import handledUndo from './handlers/handled-undo';
import postFocus from './handlers/post-focus';
import postsSeen from './handlers/posts-seen';
import postsState from './handlers/posts-state';
import specGet from './handlers/spec-get';
import syncRetry from './handlers/sync-retry';

/** Every message has its handler: a message added to the contract without one does not compile. */
export const handlers: { [K in MessageType]: Handler<K> } = {
  'spec/get': specGet,
  'posts/seen': postsSeen,
  'posts/state': postsState,
  'handled/mark': handledMark,
  'handled/undo': handledUndo,
  'correction/record': correctionRecord,
  'composer/open': composerOpen,
  'claim/take': claimTake,
  'claim/release': claimRelease,
  'post/focus': postFocus,
  'sync/retry': syncRetry,
  'authors/seen': authorsSeen,
};

const isMessageType = (type: unknown): type is MessageType => typeof type === 'string' && Object.hasOwn(requestSchemas, type);

/**
 * Validates and answers one message. Unknown or malformed messages, and handlers that throw (a
 * database error, a server that cannot be reached), get an ErrorReply: never a crash, never silence.
 */
export async function route(message: unknown, sender: Sender): Promise<Reply<MessageType>> {
  const type = (message as { type?: unknown } | null)?.type;
  if (!isMessageType(type)) return { ok: false, error: `unknown message type: ${String(type)}` };
  const parsed = requestSchemas[type].safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `invalid ${type}: ${issue?.path.join('.') || 'message'}: ${issue?.message}` };
  }
  const handler = handlers[type] as Handler<MessageType>;
  try {
    return await handler.handle(parsed.data as never, sender);
  } catch (error) {
    return { ok: false, error: `${type} failed: ${error instanceof Error ? error.message : String(error)}` } satisfies ErrorReply;
  }
}
