import type { KizukiDatabase } from '../db/database';
import type { OutboxEntry } from '../db/records';
import { allDocs, bulkDocs, SyncFailure, type BulkResult, type Credentials } from './couch';
import { markInFlight, parkEntries, sendable } from './outbox';
import { secondDocId } from '../contract/records';
import { storeRemoteHandled } from './documents';

// Pushes handled records with _bulk_docs. `handled:<postId>` is created, never updated:
// 201 = this operator was first; 409 = someone was. A 409 is read: if it is our own record (a
// resend after a lost reply) it counts as accepted, exactly once; if a teammate was first, their
// record is stored to show, and ours goes to `handled:<postId>:<operator>` so neither is dropped.
// (Revision conflicts via new_edits=false would be the textbook way, but pouchdb-server silently
// drops such writes once a validate_doc_update exists; a second document works on every server.)

async function markSynced(database: KizukiDatabase, entries: OutboxEntry[]): Promise<void> {
  const keys = entries.filter((e) => e.doc._deleted !== true).map((e) => [String(e.doc.postId), String(e.doc.operator)] as [string, string]);
  await database.transaction('rw', database.handled, database.outbox, async () => {
    const rows = (await database.handled.bulkGet(keys)).filter((r) => r !== undefined && r.sync === 'local');
    await database.handled.bulkPut(rows.map((r) => ({ ...r!, sync: 'synced' as const })));
    await database.outbox.bulkDelete(entries.map((e) => e.id!));
  });
}

type Refusal = { entry: OutboxEntry; reason: string };
const refusal = (entry: OutboxEntry, result: BulkResult | undefined): Refusal => ({ entry, reason: `${entry.docId}: ${result?.reason ?? result?.error ?? 'refused'}` });

/** Errors that a later try can fix; anything else in a per-document result is the server's "no" for good. */
const TRANSIENT = new Set(['unknown_error', 'timeout', 'internal_server_error', 'service_unavailable']);

/**
 * Creates; returns how many were accepted (now or before). pouchdb-server runs validate_doc_update
 * before its conflict check, so a create over an existing doc may come back 403 instead of 409:
 * both are read back before deciding. A document the server refuses for good is parked with its
 * reason (one bad record must never stop the others).
 */
async function pushCreates(creds: Credentials, dbName: string, database: KizukiDatabase, entries: OutboxEntry[], later: { count: number }): Promise<number> {
  if (entries.length === 0) return 0;
  const refused: Refusal[] = [];
  const results = await bulkDocs(creds, dbName, entries.map((e) => e.doc));
  const accepted = entries.filter((e) => results.get(e.docId)?.ok);
  const taken = entries.filter((e) => ['conflict', 'forbidden'].includes(results.get(e.docId)?.error ?? ''));
  for (const e of entries) {
    if (accepted.includes(e) || taken.includes(e)) continue;
    const r = results.get(e.docId);
    // No result at all, or a server-side hiccup: left queued and retried with the next push.
    if (!r || TRANSIENT.has(r.error ?? '')) { later.count++; continue; }
    refused.push(refusal(e, r));
  }

  const existing = await allDocs(creds, dbName, taken.map((e) => e.docId));
  const holder = (e: OutboxEntry) => existing.get(e.docId)?.doc?.operator;
  for (const e of taken.filter((t) => holder(t) === undefined)) refused.push(refusal(e, results.get(e.docId)));
  accepted.push(...taken.filter((e) => holder(e) === e.doc.operator));
  const teammateFirst = taken.filter((e) => holder(e) !== undefined && holder(e) !== e.doc.operator);
  await storeRemoteHandled(database, teammateFirst.map((e) => existing.get(e.docId)?.doc), String(entries[0]?.doc.operator ?? ''));

  const seconds = teammateFirst.map((e) => ({ ...e.doc, _id: secondDocId(String(e.doc.postId), String(e.doc.operator)) }));
  const secondResults = await bulkDocs(creds, dbName, seconds);
  const secondIds = await allDocs(creds, dbName, seconds.filter((d) => !secondResults.get(d._id)?.ok).map((d) => d._id));
  for (const e of teammateFirst) {
    const id = secondDocId(String(e.doc.postId), String(e.doc.operator));
    // Not ok: only our own earlier push should be there, since nobody else may write in our name.
    if (secondResults.get(id)?.ok || secondIds.get(id)?.doc?.operator === e.doc.operator) accepted.push(e);
    else refused.push(refusal(e, secondResults.get(id) ?? { reason: `${id} is held by ${String(secondIds.get(id)?.doc?.operator ?? 'someone else')}` }));
  }
  await markSynced(database, accepted);
  await parkEntries(database, refused);
  return accepted.length;
}

/** Undo of an accepted record: deletes this operator's document, keeping its fields in the tombstone. */
async function pushDeletes(creds: Credentials, dbName: string, database: KizukiDatabase, entries: OutboxEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const idsOf = (e: OutboxEntry) => [e.docId, secondDocId(String(e.doc.postId), String(e.doc.operator))];
  const found = await allDocs(creds, dbName, entries.flatMap(idsOf));
  const mineOf = (e: OutboxEntry) => idsOf(e).map((id) => found.get(id)?.doc).find((d) => d?.operator === e.doc.operator);
  const tombstones = entries.flatMap((e) => { const mine = mineOf(e); return mine ? [{ ...mine, _deleted: true }] : []; });
  const results = await bulkDocs(creds, dbName, tombstones);
  const refused: Refusal[] = [];
  for (const e of entries) {
    const r = results.get(String(mineOf(e)?._id ?? ''));
    if (r?.error && r.error !== 'conflict') refused.push(refusal(e, r));
  }
  await markSynced(database, entries.filter((e) => !refused.some((x) => x.entry === e)));
  await parkEntries(database, refused);
  return entries.length - refused.length;
}

/** Drains the handled part of the outbox in batches. Throws SyncFailure when the server fails. */
export async function pushHandled(creds: Credentials, dbName: string, database: KizukiDatabase, batchSize = 500): Promise<number> {
  let total = 0;
  // Each entry once per call: one left queued after a transient per-document error waits for the next push.
  const tried = new Set<number>();
  const later = { count: 0 };
  for (;;) {
    // Oldest first; parked entries and claims are skipped (a cursor filter, so a long tail of parked
    // entries cannot hide the ones behind them).
    const batch = await database.outbox.orderBy('id').filter((e) => e.db === 'handled' && sendable(e) && !tried.has(e.id!)).limit(batchSize).toArray();
    if (batch.length === 0) {
      if (later.count > 0) throw new SyncFailure('server', `${later.count} records not accepted yet; retrying`);
      return total;
    }
    for (const e of batch) tried.add(e.id!);
    await markInFlight(database, batch);
    const deletes = batch.filter((e) => e.doc._deleted === true);
    total += await pushCreates(creds, dbName, database, batch.filter((e) => !deletes.includes(e)), later);
    total += await pushDeletes(creds, dbName, database, deletes);
  }
}
