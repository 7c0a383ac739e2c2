import type { KizukiDatabase } from '../db/database';
import type { OutboxEntry } from '../db/records';
import { couch, SyncFailure, type Credentials } from './couch';
import { secondDocId } from '../contract/records';
import { storeRemoteHandled } from './documents';

// Pushes handled records with _bulk_docs. `handled:<postId>` is created, never updated:
// 201 = this operator was first; 409 = someone was. A 409 is read: if it is our own record (a
// resend after a lost reply) it counts as accepted, exactly once; if a teammate was first, their
// record is stored to show, and ours goes to `handled:<postId>:<operator>` so neither is dropped.
// (Revision conflicts via new_edits=false would be the textbook way, but pouchdb-server silently
// drops such writes once a validate_doc_update exists; a second document works on every server.)

type BulkResult = { id?: string; ok?: boolean; rev?: string; error?: string; reason?: string };
type AllDocsRow = { key: string; value?: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> | null };

async function bulkDocs(creds: Credentials, dbName: string, docs: Record<string, unknown>[]): Promise<Map<string, BulkResult>> {
  if (docs.length === 0) return new Map();
  const { status, body } = await couch<BulkResult[]>(creds, `${dbName}/_bulk_docs`, { method: 'POST', body: { docs } });
  if (status === 404) throw new SyncFailure('forbidden', `database ${dbName} does not exist`, 404);
  if (!Array.isArray(body)) throw new SyncFailure('protocol', `unexpected _bulk_docs reply (${status})`, status);
  // pouchdb-server does not keep the request order: match results by id.
  return new Map(body.map((r) => [r.id ?? '', r]));
}

async function fetchDocs(creds: Credentials, dbName: string, ids: string[]): Promise<Map<string, AllDocsRow>> {
  if (ids.length === 0) return new Map();
  const { body } = await couch<{ rows?: AllDocsRow[] }>(creds, `${dbName}/_all_docs?include_docs=true`, { method: 'POST', body: { keys: ids } });
  return new Map((body.rows ?? []).map((r) => [r.key, r]));
}

async function markSynced(database: KizukiDatabase, entries: OutboxEntry[]): Promise<void> {
  const keys = entries.filter((e) => e.doc._deleted !== true).map((e) => [String(e.doc.postId), String(e.doc.operator)] as [string, string]);
  await database.transaction('rw', database.handled, database.outbox, async () => {
    const rows = (await database.handled.bulkGet(keys)).filter((r) => r !== undefined && r.sync === 'local');
    await database.handled.bulkPut(rows.map((r) => ({ ...r!, sync: 'synced' as const })));
    await database.outbox.bulkDelete(entries.map((e) => e.id!));
  });
}

function refuse(entry: OutboxEntry, result: BulkResult): never {
  throw new SyncFailure('forbidden', `${entry.docId}: ${result.reason ?? result.error}`, 403);
}

/**
 * Creates; returns how many were accepted (now or before). pouchdb-server runs validate_doc_update
 * before its conflict check, so a create over an existing doc may come back 403 instead of 409:
 * both are read back before deciding.
 */
async function pushCreates(creds: Credentials, dbName: string, database: KizukiDatabase, entries: OutboxEntry[]): Promise<number> {
  const results = await bulkDocs(creds, dbName, entries.map((e) => e.doc));
  const accepted = entries.filter((e) => results.get(e.docId)?.ok);
  const taken = entries.filter((e) => ['conflict', 'forbidden'].includes(results.get(e.docId)?.error ?? ''));
  const lost = entries.find((e) => !accepted.includes(e) && !taken.includes(e));
  if (lost) throw new SyncFailure('protocol', `${lost.docId}: ${results.get(lost.docId)?.reason ?? 'no result'}`);

  const existing = await fetchDocs(creds, dbName, taken.map((e) => e.docId));
  const holder = (e: OutboxEntry) => existing.get(e.docId)?.doc?.operator;
  const refused = taken.find((e) => holder(e) === undefined);
  if (refused) refuse(refused, results.get(refused.docId)!);
  accepted.push(...taken.filter((e) => holder(e) === e.doc.operator));
  const teammateFirst = taken.filter((e) => holder(e) !== e.doc.operator);
  await storeRemoteHandled(database, teammateFirst.map((e) => existing.get(e.docId)?.doc), String(entries[0]?.doc.operator ?? ''));

  const seconds = teammateFirst.map((e) => ({ ...e.doc, _id: secondDocId(String(e.doc.postId), String(e.doc.operator)) }));
  const secondResults = await bulkDocs(creds, dbName, seconds);
  const secondIds = await fetchDocs(creds, dbName, seconds.filter((d) => !secondResults.get(d._id)?.ok).map((d) => d._id));
  for (const e of teammateFirst) {
    const id = secondDocId(String(e.doc.postId), String(e.doc.operator));
    // Not ok: only our own earlier push can be there, since nobody else may write in our name.
    if (secondResults.get(id)?.ok || secondIds.get(id)?.doc?.operator === e.doc.operator) accepted.push(e);
    else refuse(e, secondResults.get(id) ?? {});
  }
  await markSynced(database, accepted);
  return accepted.length;
}

/** Undo of an accepted record: deletes this operator's document, keeping its fields in the tombstone. */
async function pushDeletes(creds: Credentials, dbName: string, database: KizukiDatabase, entries: OutboxEntry[]): Promise<number> {
  const idsOf = (e: OutboxEntry) => [e.docId, secondDocId(String(e.doc.postId), String(e.doc.operator))];
  const found = await fetchDocs(creds, dbName, entries.flatMap(idsOf));
  const tombstones = entries.flatMap((e) => {
    const mine = idsOf(e).map((id) => found.get(id)?.doc).find((d) => d?.operator === e.doc.operator);
    return mine ? [{ ...mine, _deleted: true }] : [];
  });
  const results = await bulkDocs(creds, dbName, tombstones);
  for (const [, r] of results) if (r.error && r.error !== 'conflict') throw new SyncFailure('forbidden', r.reason ?? r.error, 403);
  await markSynced(database, entries);
  return entries.length;
}

/** Drains the handled part of the outbox in batches. Throws SyncFailure when the server fails. */
export async function pushHandled(creds: Credentials, dbName: string, database: KizukiDatabase, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    // Oldest first, read without a cursor filter (much faster); claims are few and drained elsewhere.
    const batch = (await database.outbox.orderBy('id').limit(batchSize).toArray()).filter((e) => e.db === 'handled');
    if (batch.length === 0) return total;
    const deletes = batch.filter((e) => e.doc._deleted === true);
    total += await pushCreates(creds, dbName, database, batch.filter((e) => !deletes.includes(e)));
    total += await pushDeletes(creds, dbName, database, deletes);
  }
}
