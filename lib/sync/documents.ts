import { z } from 'zod';
import type { KizukiDatabase } from '../db/database';
import { handledDocSchema, handledFromDoc, operatorIdSchema, postIdSchema, secondDocId, handledDocId, type HandledDoc } from '../contract/records';
import { reportErrors, type SyncError } from './status';

// What the team server sends, beyond the record documents of lib/contract/records.ts. Everything
// from the server is untrusted: a teammate's client may be older, newer or broken. A document that
// does not match is skipped and listed in the sync errors, never stored.

/** A tombstone: what is left of a deleted handled record or a released claim. */
export const deletedDocSchema = z.object({
  _id: z.string(),
  _deleted: z.literal(true),
  operator: operatorIdSchema.optional(),
  postId: postIdSchema.optional(),
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
/** The feed itself; its rows are checked one by one (changeRowSchema), so one odd row skips only itself. */
export const changesSchema = z.object({
  results: z.array(z.unknown()).max(100_000),
  last_seq: z.union([z.string(), z.number()]),
});

/** Short, human-readable reason a document was refused (first issue only). */
export function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'invalid document';
}

/** A handled document's id must name its own post (and operator, for a second record). */
function idMatches(doc: HandledDoc): boolean {
  return doc._id === handledDocId(doc.postId) || doc._id === secondDocId(doc.postId, doc.operator);
}

export function parseHandled(raw: unknown): { doc?: HandledDoc; error?: SyncError } {
  const docId = String((raw as { _id?: unknown } | null)?._id ?? '?').slice(0, 120);
  const parsed = handledDocSchema.safeParse(raw);
  if (!parsed.success) return { error: { at: Date.now(), db: 'handled', docId, problem: problemOf(parsed.error) } };
  if (!idMatches(parsed.data)) return { error: { at: Date.now(), db: 'handled', docId, problem: `_id does not match post ${parsed.data.postId}` } };
  return { doc: parsed.data };
}

/** Validates and stores documents into the local log; returns the post ids whose state changed. */
export async function storeRemoteHandled(database: KizukiDatabase, raws: unknown[], me: string): Promise<string[]> {
  const docs: HandledDoc[] = [];
  const errors: SyncError[] = [];
  for (const raw of raws) {
    const { doc, error } = parseHandled(raw);
    if (doc) docs.push(doc);
    if (error) errors.push(error);
  }
  await reportErrors(errors, database);
  await database.handled.bulkPut(docs.map((d) => handledFromDoc(d, me)));
  return [...new Set(docs.map((d) => d.postId))];
}
