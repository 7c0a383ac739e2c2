import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { CATEGORIES } from '../categories';
import type { PostState } from '../contract/post-state';
import { claimRecordSchema, handledRecordSchema, postIdSchema, seenPostSchema, type SeenPost } from '../contract/records';

// The seen posts' hand-off from the worker to an open side panel. The panel's queue follows the
// database (use-queue.ts), but that way a new post reaches it only after the worker's write has
// committed, Dexie has told the panel, and the panel has read the rows back: on a busy machine that
// was most of the 100 ms an operator may wait for a post to appear. So the worker also hands the rows
// it is writing, with their state, to every panel connected on this port, and the panel shows them
// at once. The database stays the source of truth: the panel still reads each write back, and
// anything the hand-off and the database disagree on (a lost message, a refused write) is settled by
// that read (the worker asks for a whole read when its write fails).

/** The port's name: a panel opens it, the worker keeps every one open and writes to each. */
export const SEEN_PORT = 'kizuki-seen';

// A post's state is built from its handled records and claim (lib/handled/post-states.ts): their fields are checked as the records' own.
const postStateSchema = z.object({
  handled: z.array(handledRecordSchema.pick({ operator: true, operatorName: true, handledAt: true }).extend({ action: z.string().max(40) })).max(100),
  claim: claimRecordSchema.pick({ operator: true, operatorName: true, expiresAt: true }).nullable(),
  deadline: z.number().int().optional(),
  category: z.enum(CATEGORIES).optional(),
}) satisfies z.ZodType<PostState>;

/** What the worker hands over: rows being stored (the same objects, `seenAt` included) with their state; or "read it all again". */
export const seenHandoffSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('seen'), rows: z.array(seenPostSchema).max(500), states: z.record(postIdSchema, postStateSchema) }),
  z.object({ type: z.literal('reread') }),
]);
export type SeenHandoff = z.infer<typeof seenHandoffSchema>;

export interface HandoffListener {
  rows(rows: SeenPost[], states: Record<string, PostState>): void;
  /** The hand-off and the database may disagree: read the queue whole. */
  reread(): void;
}

/**
 * The panel's end: connects to the worker and passes on what it hands over, once validated (a
 * malformed message is dropped with a warning: the database read brings the rows anyway). A worker
 * that stopped (the browser ends an idle one) closes the port; `ensure()` opens it again, to be
 * called when the worker is known to run (it just wrote), so an idle panel never wakes it.
 */
export function connectSeenHandoff(listener: HandoffListener, runtime: { connect(info: { name: string }): Browser.runtime.Port } = browser.runtime): { ensure(): void; stop(): void } {
  let port: Browser.runtime.Port | null = null;
  let stopped = false;
  const onMessage = (message: unknown) => {
    const parsed = seenHandoffSchema.safeParse(message);
    if (!parsed.success) return console.warn('kizuki: a malformed hand-off from the worker', parsed.error.issues[0]);
    if (parsed.data.type === 'seen') listener.rows(parsed.data.rows, parsed.data.states);
    else listener.reread();
  };
  const ensure = () => {
    if (port || stopped) return;
    try {
      port = runtime.connect({ name: SEEN_PORT });
    } catch {
      // The extension was reloaded under the panel: the database path still works until it is reopened.
      return;
    }
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => (port = null));
  };
  ensure();
  return {
    ensure,
    stop() {
      stopped = true;
      port?.disconnect();
      port = null;
    },
  };
}
