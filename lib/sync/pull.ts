import type { KizukiDatabase } from '../db/database';
import { couch, SyncFailure, type Credentials } from './couch';
import { claimDocId, claimDocSchema } from '../contract/records';
import { changeRowSchema, changesSchema, deletedDocSchema, problemOf, storeRemoteHandled } from './documents';
import { checkpoints, serverClock } from '../db/kv-items';
import { reportErrors, type SyncError } from './status';
import { teamDocKind } from './team-docs';
import { checkpointKey } from './team-pull';

// Pulls teammates' changes with _changes from a stored checkpoint. `seq` is opaque (a number on
// pouchdb-server, a long string on CouchDB 3): stored and sent back as it came.

export type DbKind = 'handled' | 'claims';
const BATCH = 1000;
const CLAIM_PRUNE_MS = 10 * 60_000;


export interface PullOptions {
  /** Wait for the next change (longpoll) instead of returning at once. */
  wait?: boolean;
  signal?: AbortSignal;
}

type Row = { id: string; deleted?: boolean; changes?: { rev: string }[]; doc?: Record<string, unknown> };

/**
 * include_docs brings only the winning revision. Where a document has several leaves (written on two
 * cluster nodes, or replicated between servers), every live leaf is read: each may be another
 * operator's record, and a handled record is never dropped.
 */
async function conflictLeaves(creds: Credentials, dbName: string, rows: Row[], signal?: AbortSignal): Promise<unknown[]> {
  const leaves: unknown[] = [];
  for (const row of rows.filter((r) => !r.deleted && (r.changes?.length ?? 0) > 1)) {
    const { body } = await couch<unknown>(creds, `${dbName}/${encodeURIComponent(row.id)}?open_revs=all`, { signal });
    if (!Array.isArray(body)) continue;
    // Each element on its own: `[null]`, `{missing: …}` or a non-object leaf is skipped, not a crash.
    for (const leaf of body as unknown[]) {
      const doc = (leaf as { ok?: unknown } | null)?.ok as Record<string, unknown> | undefined;
      if (doc && typeof doc === 'object' && doc._deleted !== true && doc._rev !== row.doc?._rev) leaves.push(doc);
    }
  }
  return leaves;
}

async function applyHandled(database: KizukiDatabase, rows: Row[], me: string, leaves: unknown[] = []): Promise<string[]> {
  const live = [...rows.filter((r) => !r.deleted && !r.id.startsWith('_design/')).map((r) => r.doc), ...leaves];
  const changed = await storeRemoteHandled(database, live, me);
  for (const row of rows.filter((r) => r.deleted)) {
    const tomb = deletedDocSchema.safeParse(row.doc);
    // An undone record: remove that operator's row, unless it is a local record not yet pushed.
    if (!tomb.success || !tomb.data.postId || !tomb.data.operator) continue;
    const key: [string, string] = [tomb.data.postId, tomb.data.operator];
    if ((await database.handled.get(key))?.sync !== 'local') await database.handled.delete(key);
    changed.push(tomb.data.postId);
  }
  return changed;
}

async function applyClaims(database: KizukiDatabase, rows: Row[]): Promise<string[]> {
  const changed: string[] = [];
  const errors: SyncError[] = [];
  for (const row of rows) {
    if (row.id.startsWith('_design/')) continue;
    const postId = row.id.replace(/^claim:/, '');
    if (row.deleted) {
      await database.claims.delete(postId);
      changed.push(postId);
      continue;
    }
    const parsed = claimDocSchema.safeParse(row.doc);
    if (!parsed.success || parsed.data._id !== claimDocId(parsed.data.postId)) {
      errors.push({ at: Date.now(), db: 'claims', docId: row.id.slice(0, 120), problem: parsed.success ? '_id does not match post' : problemOf(parsed.error) });
      continue;
    }
    const { postId: id, operator, operatorName, expiresAt } = parsed.data;
    await database.claims.put({ postId: id, operator, operatorName: operatorName || operator, expiresAt });
    changed.push(id);
  }
  await reportErrors(errors, database);
  // Claims long expired are history nobody reads: keep the table small.
  await database.claims.where('expiresAt').below(Date.now() - CLAIM_PRUNE_MS).delete();
  return changed;
}

/** Pulls every change since the checkpoint; returns the post ids whose state changed. */
export async function pull(kind: DbKind, creds: Credentials, dbName: string, database: KizukiDatabase, opts: PullOptions = {}): Promise<string[]> {
  const key = checkpointKey(creds, dbName);
  const changed: string[] = [];
  for (let first = true; ; first = false) {
    const since = (await checkpoints.get(database))[key] ?? 0;
    const feed = opts.wait && first ? '&feed=longpoll&timeout=15000' : '';
    const query = `since=${encodeURIComponent(String(since))}&include_docs=true&style=all_docs&limit=${BATCH}${feed}`;
    const { status, body, clockOffset } = await couch(creds, `${dbName}/_changes?${query}`, { signal: opts.signal });
    if (status === 404) throw new SyncFailure('forbidden', `database ${dbName} does not exist`, 404);
    const parsed = changesSchema.safeParse(body);
    if (!parsed.success) throw new SyncFailure('protocol', `unexpected _changes reply: ${problemOf(parsed.error)}`);
    const { last_seq } = parsed.data;
    // Each row on its own: a malformed row is listed among the sync errors and skipped, the rest stored.
    const results: Row[] = [];
    const bad: SyncError[] = [];
    for (const raw of parsed.data.results) {
      const row = changeRowSchema.safeParse(raw);
      if (row.success) results.push(row.data);
      else bad.push({ at: Date.now(), db: kind, docId: String((raw as { id?: unknown } | null)?.id ?? '?').slice(0, 120), problem: `change row: ${problemOf(row.error)}` });
    }
    await reportErrors(bad, database);
    // Network reads happen before the Dexie transaction (a transaction must not wait on fetch).
    // Packs, sightings and rounds share the team database; they are not handled records, and are
    // read by their own pull rather than reported here as malformed records.
    const rows = kind === 'handled' ? results.filter((r) => !teamDocKind(r.id)) : results;
    const leaves = kind === 'handled' ? await conflictLeaves(creds, dbName, rows, opts.signal) : [];
    await database.transaction('rw', database.handled, database.claims, database.kv, async () => {
      const ids = kind === 'handled' ? await applyHandled(database, rows, creds.user, leaves) : await applyClaims(database, rows);
      changed.push(...ids);
      await checkpoints.update(database, (all) => ({ ...all, [key]: last_seq }));
      // A long poll's Date may be stamped when it started or when it ended: only quick replies tell the time.
      if (clockOffset !== null && !feed) await serverClock.set(clockOffset, database);
    });
    if (parsed.data.results.length < BATCH) return [...new Set(changed)];
  }
}
