import { db as defaultDb, type KizukiDatabase } from '../db/database';
import type { ClaimRecord, HandledRecord, OutboxEntry } from '../db/records';
import { claimDocId, handledDocId, toClaimDoc, toHandledDoc } from './docs';

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

async function putMany(database: KizukiDatabase, entries: Omit<OutboxEntry, 'id' | 'attempts' | 'nextAttemptAt'>[]): Promise<void> {
  // One pending entry per document: a newer change replaces an older unsent one (mark → undo → mark
  // must not leave a delete queued behind the create).
  const key = (e: { db: string; docId: string }) => `${e.db}\u0000${e.docId}`;
  const incoming = new Set(entries.map(key));
  await database.transaction('rw', database.outbox, async () => {
    const same = await database.outbox.filter((e) => incoming.has(key(e))).primaryKeys();
    await database.outbox.bulkDelete(same);
    await database.outbox.bulkAdd(entries.map((e) => ({ ...e, attempts: 0, nextAttemptAt: 0 })));
  });
  wakeEngine();
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
 * Undo of "mark handled": an unsent record simply leaves the outbox; one the server already has is
 * deleted there (only this operator's revision; a teammate's record of the same post stays).
 */
export async function enqueueHandledUndo(postId: string, operator: string, database: KizukiDatabase = defaultDb): Promise<void> {
  const docId = handledDocId(postId);
  const pending = await database.outbox.filter((e) => e.db === 'handled' && e.docId === docId && e.doc.operator === operator).toArray();
  const unsent = pending.filter((e) => e.doc._deleted !== true);
  if (unsent.length > 0) {
    await database.outbox.bulkDelete(unsent.map((e) => e.id!));
    return;
  }
  await put(database, { db: 'handled', docId, doc: { _id: docId, _deleted: true, postId, operator } });
}

/** Queues a claim (or its release, `expiresAt` 0) for the claims database. */
export async function enqueueClaim(claim: ClaimRecord, database: KizukiDatabase = defaultDb): Promise<void> {
  await put(database, { db: 'claims', docId: claimDocId(claim.postId), doc: toClaimDoc(claim) });
}

/** How many changes wait for the server (the panel shows "pending N"). */
export function pendingCount(database: KizukiDatabase = defaultDb): Promise<number> {
  return database.outbox.count();
}
