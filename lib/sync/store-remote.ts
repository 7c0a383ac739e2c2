import type { KizukiDatabase } from '../db/database';
import type { HandledRecord } from '../db/records';
import { handledDocSchema, problemOf, type HandledDoc } from './schemas';
import { reportErrors, type SyncError } from './status';

// Writes server documents into the local log. Each is validated first; a malformed one is skipped
// and listed in the sync errors, never stored.

/** A handled document's id must name its own post (and operator, for a second record). */
function idMatches(doc: HandledDoc): boolean {
  return doc._id === `handled:${doc.postId}` || doc._id === `handled:${doc.postId}:${doc.operator}`;
}

export function parseHandled(raw: unknown): { doc?: HandledDoc; error?: SyncError } {
  const docId = String((raw as { _id?: unknown } | null)?._id ?? '?').slice(0, 120);
  const parsed = handledDocSchema.safeParse(raw);
  if (!parsed.success) return { error: { at: Date.now(), db: 'handled', docId, problem: problemOf(parsed.error) } };
  if (!idMatches(parsed.data)) return { error: { at: Date.now(), db: 'handled', docId, problem: `_id does not match post ${parsed.data.postId}` } };
  return { doc: parsed.data };
}

function toRecord(doc: HandledDoc, me: string): HandledRecord {
  const { _id: _ignored, type: _type, ...fields } = doc;
  return { ...fields, sync: doc.operator === me ? 'synced' : 'remote' };
}

/** Validates and stores documents; returns the post ids whose state changed. */
export async function storeRemoteHandled(database: KizukiDatabase, raws: unknown[], me: string): Promise<string[]> {
  const docs: HandledDoc[] = [];
  const errors: SyncError[] = [];
  for (const raw of raws) {
    const { doc, error } = parseHandled(raw);
    if (doc) docs.push(doc);
    if (error) errors.push(error);
  }
  await reportErrors(errors, database);
  await database.handled.bulkPut(docs.map((d) => toRecord(d, me)));
  return [...new Set(docs.map((d) => d.postId))];
}
