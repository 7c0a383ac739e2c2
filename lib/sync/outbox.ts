import Dexie from 'dexie';
import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { OutboxEntry } from '../db/records';
import { claimDocId, handledDocId, toClaimDoc, toHandledDoc, type ClaimRecord, type HandledRecord } from '../contract/records';

// The outbox holds every change the team server has not accepted yet, so nothing is lost while
// offline or refused. The sync engine drains it; enqueueing only wakes the engine up.

type Wake = () => void;
const wakers = new Set<Wake>();

/** The sync engine registers here so a new record is pushed at once, not at the next alarm. */
export function onOutboxChange(wake: Wake): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

function wakeEngine(): void {
  for (const wake of wakers) wake();
}

async function putMany(database: KizukiDatabase, entries: Omit<OutboxEntry, 'id'>[]): Promise<void> {
  // One pending entry per document: a newer change replaces an older unsent one (mark → undo → mark
  // must not leave a delete queued behind the create).
  const key = (e: { db: string; docId: string }) => `${e.db}\u0000${e.docId}`;
  const incoming = new Set(entries.map(key));
  // Inside a caller's transaction (mark handled = record + queue, all or nothing), the engine is
  // woken when that transaction commits: woken earlier, it would find nothing and go back to sleep.
  const outer = Dexie.currentTransaction;
  await database.transaction('rw', database.outbox, async () => {
    const same = await database.outbox.filter((e) => incoming.has(key(e))).primaryKeys();
    await database.outbox.bulkDelete(same);
    await database.outbox.bulkAdd(entries);
  });
  if (outer) outer.on('complete', wakeEngine);
  else wakeEngine();
}

const put = (database: KizukiDatabase, entry: Parameters<typeof putMany>[1][number]) => putMany(database, [entry]);

/** Queues a handled record (made on this machine) for the team server. */
export async function enqueueHandled(record: HandledRecord, database: KizukiDatabase = defaultDb): Promise<void> {
  await put(database, { db: 'handled', docId: handledDocId(record.postId), doc: toHandledDoc(record) });
}

/** Queues many records in one transaction (imports, benchmarks). */
export async function enqueueHandledMany(records: HandledRecord[], database: KizukiDatabase = defaultDb): Promise<void> {
  await putMany(database, records.map((r) => ({ db: 'handled' as const, docId: handledDocId(r.postId), doc: toHandledDoc(r) })));
}

/**
 * Undo of "mark handled": an entry never sent simply leaves the outbox; one that is on its way (or
 * was accepted) is followed by a deletion, so the server cannot keep a record the operator undid.
 */
export async function enqueueHandledUndo(postId: string, operator: string, database: KizukiDatabase = defaultDb): Promise<void> {
  const docId = handledDocId(postId);
  const queued = await database.outbox.filter((e) => e.db === 'handled' && e.docId === docId && e.doc.operator === operator).toArray();
  const creates = queued.filter((e) => e.doc._deleted !== true);
  if (creates.length > 0 && creates.every((e) => e.sentAt === undefined || e.parked)) {
    await database.outbox.bulkDelete(creates.map((e) => e.id!));
    return;
  }
  await put(database, { db: 'handled', docId, doc: { _id: docId, _deleted: true, postId, operator } });
}

/** Entries the push may send: everything not parked. */
export const sendable = (e: OutboxEntry) => !e.parked;

/** What the status counts as waiting: parked entries are shown apart, as refused. */
export async function outboxCounts(database: KizukiDatabase): Promise<{ pending: number; parked: OutboxEntry[] }> {
  const all = await database.outbox.toArray();
  const parked = all.filter((e) => e.parked);
  return { pending: all.length - parked.length, parked };
}

/** Puts aside entries the server refused for good, with its reason, so the rest goes on. */
export async function parkEntries(database: KizukiDatabase, refused: { entry: OutboxEntry; reason: string }[]): Promise<void> {
  if (refused.length === 0) return;
  const at = Date.now();
  await database.transaction('rw', database.outbox, async () => {
    for (const { entry, reason } of refused) await database.outbox.update(entry.id!, { parked: { reason: reason.slice(0, 200), at }, sentAt: undefined });
  });
}

/** Marks entries as on their way, just before the request that carries them. */
export async function markInFlight(database: KizukiDatabase, entries: OutboxEntry[]): Promise<void> {
  const sentAt = Date.now();
  await database.outbox.bulkUpdate(entries.map((e) => ({ key: e.id!, changes: { sentAt } })));
}

/**
 * The start-up sweep: a record made on this machine that is neither synced nor queued (a crash
 * between two writes in an older version, a restored backup) is queued now, so "pending 0" is true.
 */
export async function queueUnqueued(database: KizukiDatabase): Promise<number> {
  return database.transaction('rw', database.handled, database.outbox, async () => {
    const local = await database.handled.filter((h) => h.sync === 'local').toArray();
    if (local.length === 0) return 0;
    const queued = new Set((await database.outbox.toArray()).filter((e) => e.db === 'handled').map((e) => `${e.docId}\u0000${String(e.doc.operator)}`));
    const missing = local.filter((r) => !queued.has(`${handledDocId(r.postId)}\u0000${r.operator}`));
    await database.outbox.bulkAdd(missing.map((r) => ({ db: 'handled' as const, docId: handledDocId(r.postId), doc: toHandledDoc(r) })));
    if (missing.length > 0) wakeEngine();
    return missing.length;
  });
}

/** Queues a claim (or its release, `expiresAt` 0) for the claims database. */
export async function enqueueClaim(claim: ClaimRecord, database: KizukiDatabase = defaultDb): Promise<void> {
  await put(database, { db: 'claims', docId: claimDocId(claim.postId), doc: toClaimDoc(claim) });
}

/**
 * A release sent (or decided) now: a claim queued during an outage must not reach the server after
 * it and mark a handled post "replying" for two minutes. Returns whether one was waiting. A queued
 * release stays: it is the one being sent, and leaves the outbox only once the server has it.
 */
export async function dropQueuedClaim(postId: string, operator: string, database: KizukiDatabase = defaultDb): Promise<boolean> {
  const docId = claimDocId(postId);
  const isTake = (e: OutboxEntry) => e.db === 'claims' && e.docId === docId && e.doc.operator === operator && Number(e.doc.expiresAt) !== 0;
  const removed = await database.outbox.filter(isTake).delete();
  return removed > 0;
}

/**
 * Unsent records written under another name than `me.id` (made before sync was set up, under the
 * local name) move to `me.id`, keeping the name shown: the team server refuses a document that is
 * not in its writer's own name, and a refused record would block the push for good.
 */
export async function adoptUnsent(database: KizukiDatabase, me: { id: string; name: string }): Promise<number> {
  return database.transaction('rw', database.handled, database.outbox, async () => {
    const foreign = await database.outbox.filter((e) => e.db === 'handled' && e.doc._deleted !== true && e.doc.operator !== me.id).toArray();
    for (const entry of foreign) {
      const key: [string, string] = [String(entry.doc.postId), String(entry.doc.operator)];
      const record = await database.handled.get(key);
      await database.outbox.delete(entry.id!);
      if (!record || record.sync !== 'local') continue;
      await database.handled.delete(key);
      const adopted = { ...record, operator: me.id };
      if (await database.handled.get([adopted.postId, me.id])) continue; // already recorded in our name
      await database.handled.add(adopted);
      await database.outbox.add({ db: 'handled', docId: handledDocId(adopted.postId), doc: toHandledDoc(adopted) });
    }
    return foreign.length;
  });
}
