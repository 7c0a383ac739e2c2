import type { Category } from '../categories';
import type { ClaimRecord, HandledAction, HandledRecord } from '../db/records';
import type { ClassifierSpec } from '../classify/spec';

// The one message protocol between content script, background and side panel. Types only: the
// background validates what arrives (lib/messages/validate.ts, zod); the content script stays zod-free.

/** What the content script reports of a post it classified. */
export interface PostSummary {
  postId: string;
  url: string;
  authorHandle: string;
  displayName: string;
  text: string;
  lang: string | null;
  publishedAt: number | null;
  category: Category;
  priority: number;
  brands: string[];
  matches: { kind: string; term: string; start: number; end: number; brandId?: string }[];
}

/** The state of a post that its chip and the queue show. */
export interface PostState {
  handled: Pick<HandledRecord, 'operator' | 'handledAt' | 'action'>[];
  claim: Pick<ClaimRecord, 'operator' | 'expiresAt'> | null;
}

/** Requests to the background, with their replies. */
export type Request =
  | { type: 'spec/get' }
  | { type: 'posts/seen'; posts: PostSummary[] }
  | { type: 'posts/state'; postIds: string[] }
  | { type: 'handled/mark'; post: PostSummary; action: HandledAction; replyText?: string; note?: string }
  | { type: 'handled/undo'; postId: string }
  | { type: 'composer/open'; postId: string }
  | { type: 'claim/take'; postId: string }
  | { type: 'claim/release'; postId: string }
  | { type: 'post/focus'; tabId: number; postId: string };

export interface ReplyMap {
  'spec/get': { spec: ClassifierSpec };
  'posts/seen': { ok: true };
  'posts/state': { states: Record<string, PostState>; operator: string };
  'handled/mark': { ok: true; record: HandledRecord } | { ok: false; error: string };
  'handled/undo': { ok: boolean; error?: string };
  'composer/open': { ok: true };
  'claim/take': { ok: true } | { ok: false; heldBy: string; expiresAt: number };
  'claim/release': { ok: true };
  'post/focus': { ok: boolean };
}

/** Pushed from the background to content scripts (tabs.sendMessage). */
export type Push =
  | { type: 'push/spec-changed' }
  | { type: 'push/state-changed'; postIds: string[] | 'all' }
  | { type: 'push/focus'; postId: string };

export type RequestType = Request['type'];
export type ReplyOf<T extends RequestType> = ReplyMap[T];
