import type { Handler, Sender } from './define-handler';
import type { RequestType } from '../messages/protocol';

// Every file in ./handlers registers itself: features add handlers without touching a shared list.
const modules = import.meta.glob<{ default: Handler<RequestType> }>('./handlers/*.ts', { eager: true });

export const handlers = new Map<string, Handler<RequestType>>(
  Object.values(modules).map((m) => [m.default.type, m.default]),
);

/** Validates and answers one message; unknown or malformed messages get an error, never a crash. */
export async function route(message: unknown, sender: Sender): Promise<unknown> {
  const type = (message as { type?: unknown } | null)?.type;
  const handler = typeof type === 'string' ? handlers.get(type) : undefined;
  if (!handler) return { ok: false, error: `unknown message type: ${String(type)}` };
  const parsed = handler.schema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid ${type}: ${parsed.error.issues[0]?.message}` };
  return handler.handle(parsed.data as never, sender);
}
