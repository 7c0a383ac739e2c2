import { z } from 'zod';
import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS } from '../db/records';

// Everything the server sends is untrusted: a teammate's client may be older, newer or broken.
// A document that does not match is skipped and reported, never stored.

const postId = z.string().regex(/^\d{1,25}$/);
const operator = z.string().min(1).max(100);
const epochMs = z.number().int().nonnegative();

export const handledDocSchema = z.object({
  _id: z.string(),
  type: z.literal('handled'),
  postId,
  operator,
  // Opened on click: only a post on X, never javascript: or another site.
  url: z.url({ protocol: /^https$/, hostname: /^(mobile\.)?(x|twitter)\.com$/ }).max(500),
  authorHandle: z.string().max(50),
  category: z.enum(CATEGORIES),
  priority: z.number().finite(),
  brands: z.array(z.string().max(100)).max(50),
  action: z.enum(HANDLED_ACTIONS),
  handledAt: epochMs,
  publishedAt: epochMs.nullable(),
  replyText: z.string().max(10_000).optional(),
  note: z.string().max(10_000).optional(),
  text: z.string().max(10_000).optional(),
  terms: z.array(z.string().max(100)).max(100).optional(),
});
export type HandledDoc = z.infer<typeof handledDocSchema>;

export const claimDocSchema = z.object({
  _id: z.string(),
  type: z.literal('claim'),
  postId,
  operator,
  expiresAt: epochMs,
});
export type ClaimDoc = z.infer<typeof claimDocSchema>;

/** A tombstone: what is left of a deleted handled record or a released claim. */
export const deletedDocSchema = z.object({
  _id: z.string(),
  _deleted: z.literal(true),
  operator: operator.optional(),
  postId: postId.optional(),
});

/** One row of a `_changes` feed (include_docs=true). */
export const changeRowSchema = z.object({
  id: z.string(),
  seq: z.union([z.string(), z.number()]),
  deleted: z.boolean().optional(),
  /** Leaf revisions (style=all_docs): more than one = a revision conflict, e.g. between cluster nodes. */
  changes: z.array(z.object({ rev: z.string() })).optional(),
  doc: z.record(z.string(), z.unknown()).optional(),
});
export const changesSchema = z.object({
  results: z.array(changeRowSchema),
  last_seq: z.union([z.string(), z.number()]),
});

/** Short, human-readable reason a document was refused (first issue only). */
export function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid document';
}
