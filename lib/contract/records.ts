import { z } from 'zod';
import { CATEGORIES } from '../categories';
import { isXUrl, POST_ID_PATTERN } from './x';

// The data every part of Kizuki exchanges, schema first: types are z.infer of these schemas. What a
// content script sends and what a team server returns are untrusted, so every field is bounded.

export const HANDLED_ACTIONS = ['replied', 'liked', 'reposted', 'dm', 'skipped', 'escalated'] as const;
export type HandledAction = (typeof HANDLED_ACTIONS)[number];

export const postIdSchema = z.string().regex(POST_ID_PATTERN);
/** Only a post on X: the URL ends up as a link in the panel and in exported CSV. */
export const xUrlSchema = z.string().max(500).refine(isXUrl, 'not a post URL on x.com');
const epochMs = z.number().int().nonnegative();
/** An operator's id: the team server's user name with sync on, the local name without. */
export const operatorIdSchema = z.string().trim().min(1).max(100);

export const matchSchema = z.object({
  kind: z.string().max(30),
  term: z.string().max(200),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  brandId: z.string().max(100).optional(),
});

/** What the content script reports of a post it classified. */
export const postSummarySchema = z.object({
  postId: postIdSchema,
  url: xUrlSchema,
  authorHandle: z.string().max(50),
  displayName: z.string().max(200),
  text: z.string().max(10_000),
  lang: z.string().max(20).nullable(),
  publishedAt: epochMs.nullable(),
  category: z.enum(CATEGORIES),
  priority: z.number().min(0).max(100),
  brands: z.array(z.string().max(100)).max(50),
  matches: z.array(matchSchema).max(500),
  /** Who set `category`: the rules (absent), the team's learned layer, or a teammate's correction. */
  decidedBy: z.enum(['rules', 'learned', 'team', 'reading']).optional(),
  /** The rules' own reading, kept when the learned layer or a correction changed it. */
  rulesCategory: z.enum(CATEGORIES).optional(),
  rulesPriority: z.number().min(0).max(100).optional(),
});
export type PostSummary = z.infer<typeof postSummarySchema>;

/**
 * A brand post the operator has seen, in any x.com tab: the side panel's queue, kept for the queue's
 * window of hours whatever happens to the tab. Keyed by post id; `seenAt` is the last sighting;
 * `tabId` the tab that last showed it (only where to scroll to: it may be closed, or reused).
 */
export const seenPostSchema = postSummarySchema.extend({
  tabId: z.number().int().optional(),
  seenAt: epochMs,
});
export type SeenPost = z.infer<typeof seenPostSchema>;

/**
 * One operator's record that a post was handled. Created, never updated: if two operators handle the
 * same post (e.g. both offline), both records exist and both are shown.
 */
export const handledRecordSchema = z.object({
  postId: postIdSchema,
  /** Who, as the team server knows them (see lib/operator). */
  operator: operatorIdSchema,
  /** How chips, the queue and reports name them (「佐藤」). */
  operatorName: z.string().max(100),
  url: xUrlSchema,
  authorHandle: z.string().max(50),
  category: z.enum(CATEGORIES),
  priority: z.number().finite(),
  brands: z.array(z.string().max(100)).max(50),
  action: z.enum(HANDLED_ACTIONS),
  handledAt: epochMs,
  /** When X showed it; null when unknown. */
  publishedAt: epochMs.nullable(),
  replyText: z.string().max(10_000).optional(),
  note: z.string().max(10_000).optional(),
  /** The post's own text, for history search and the escalation list; purged with the record. */
  text: z.string().max(10_000).optional(),
  /** The category the operator confirmed when handling it (their own or a teammate's correction, else what the chip showed). */
  confirmedCategory: z.enum(CATEGORIES).optional(),
  /** Signal and urgency terms matched in the post (no brand terms): the reports' complaint terms. */
  terms: z.array(z.string().max(100)).max(100).optional(),
  /**
   * The reply checks whose errors the operator chose to send past (finding codes, e.g. 'ng-word'):
   * absent when the reply went out clean. Reports count these replies.
   */
  overriddenChecks: z.array(z.string().max(40)).max(20).optional(),
  /** 'local' = made here, not yet accepted by the team server; 'synced' = accepted; 'remote' = a teammate's. */
  sync: z.enum(['local', 'synced', 'remote']),
});
export type HandledRecord = z.infer<typeof handledRecordSchema>;

/** "Sato is replying": a short-lived claim on a post. */
export const claimRecordSchema = z.object({
  postId: postIdSchema,
  operator: operatorIdSchema,
  operatorName: z.string().max(100),
  expiresAt: epochMs,
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

// How records look on the team server. Only what a teammate needs travels: never settings, never
// credentials, never the local sync state. Clients older than the display name send none.

export const handledDocId = (postId: string) => `handled:${postId}`;
/** A second operator's record of a post a teammate recorded first. */
export const secondDocId = (postId: string, operator: string) => `handled:${postId}:${operator}`;
export const claimDocId = (postId: string) => `claim:${postId}`;

export const handledDocSchema = handledRecordSchema
  .omit({ sync: true, operatorName: true })
  .extend({ _id: z.string(), type: z.literal('handled'), operatorName: z.string().max(100).optional() });
export type HandledDoc = z.infer<typeof handledDocSchema>;

export const claimDocSchema = claimRecordSchema
  .omit({ operatorName: true })
  .extend({ _id: z.string(), type: z.literal('claim'), operatorName: z.string().max(100).optional() });
export type ClaimDoc = z.infer<typeof claimDocSchema>;

export function toHandledDoc(record: HandledRecord): HandledDoc {
  const { sync: _sync, ...fields } = record;
  return { _id: handledDocId(record.postId), type: 'handled', ...fields };
}

export function toClaimDoc(claim: ClaimRecord): ClaimDoc {
  return { _id: claimDocId(claim.postId), type: 'claim', ...claim };
}

/** A server document as a local record; a doc without a display name is shown by its id. */
export function handledFromDoc(doc: HandledDoc, me: string): HandledRecord {
  const { _id: _ignored, type: _type, ...fields } = doc;
  return { ...fields, operatorName: doc.operatorName || doc.operator, sync: doc.operator === me ? 'synced' : 'remote' };
}
