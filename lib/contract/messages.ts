import { z } from 'zod';
import type { ClassifierSpec } from '../classify/spec';
import type { Operator } from '../settings/operator';
import type { PostState } from './post-state';
import { CATEGORIES } from '../categories';
import type { CorrectionRecord } from './corrections';
import { HANDLED_ACTIONS, postIdSchema, postSummarySchema, type HandledRecord } from './records';

// The one message protocol between content script, side panel and background: each message is one
// entry, its request as a zod schema (the background validates what arrives) and its reply as a type.
// The content script imports only the types (`import type`), so no zod reaches the page.

const message = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...shape });

export const requestSchemas = {
  'spec/get': message('spec/get', {}),
  /** A screenful or two of brand posts a tab has shown. */
  'posts/seen': message('posts/seen', { posts: z.array(postSummarySchema).max(500) }),
  /** More than a screenful in one request is a bug or abuse, not a timeline. */
  'posts/state': message('posts/state', { postIds: z.array(postIdSchema).max(500) }),
  'handled/mark': message('handled/mark', {
    post: postSummarySchema,
    action: z.enum(HANDLED_ACTIONS),
    replyText: z.string().max(10_000).optional(),
    note: z.string().max(2_000).optional(),
    overriddenChecks: z.array(z.string().max(40)).max(20).optional(),
    /** The category the operator confirmed; by default the team's correction, else the category shown. */
    confirmedCategory: z.enum(CATEGORIES).optional(),
  }),
  /** The operator says the post is of another category (chip or queue): the learned layer's teaching. */
  'correction/record': message('correction/record', { post: postSummarySchema, category: z.enum(CATEGORIES) }),
  'handled/undo': message('handled/undo', { postId: postIdSchema }),
  'composer/open': message('composer/open', { postId: postIdSchema }),
  'claim/take': message('claim/take', { postId: postIdSchema }),
  'claim/release': message('claim/release', { postId: postIdSchema }),
  'post/focus': message('post/focus', { tabId: z.number().int(), postId: postIdSchema }),
  /** The panel's "retry now": team sync tries again at once instead of waiting out its backoff. */
  'sync/retry': message('sync/retry', {}),
  /** Accounts whose numeric user id the page shows (follow buttons): for the DM hand-off link. */
  'authors/seen': message('authors/seen', {
    authors: z.array(z.object({ handle: z.string().regex(/^[a-z0-9_]{1,15}$/), userId: z.string().regex(/^\d{1,25}$/) })).max(50),
  }),
};

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType = MessageType> = z.infer<(typeof requestSchemas)[T]>;

/** Successful replies, one per message. */
interface Replies {
  'spec/get': { ok: true; spec: ClassifierSpec };
  'posts/seen': { ok: true };
  /** `operator`: who "me" is, so a chip shows Undo on the operator's own records only. */
  'posts/state': { ok: true; states: Record<string, PostState>; operator: Operator | null };
  'handled/mark': { ok: true; record: HandledRecord };
  'handled/undo': { ok: true };
  'correction/record': { ok: true; record: CorrectionRecord };
  'composer/open': { ok: true };
  /** `heldBy` null: the post is ours now; otherwise a teammate's live claim, which is never taken over. */
  'claim/take': { ok: true; heldBy: { operator: string; operatorName: string } | null; expiresAt: number };
  'claim/release': { ok: true };
  /** `found` false: the tab no longer shows the post (its cell was recycled far away). */
  'post/focus': { ok: true; found: boolean };
  'sync/retry': { ok: true };
  'authors/seen': { ok: true };
}

/** Any message can fail: unknown, malformed, refused (already translated for the operator), or a crash. */
export interface ErrorReply {
  ok: false;
  error: string;
  /** Set by sendRequest when no background answered at all (reloaded, updated, not running). */
  unanswered?: true;
}

export type Reply<T extends MessageType> = Replies[T] | ErrorReply;

/** Pushed from the background to content scripts (tabs.sendMessage). */
export type Push =
  | { type: 'push/spec-changed' }
  | { type: 'push/state-changed'; postIds: string[] | 'all' }
  | { type: 'push/focus'; postId: string };
