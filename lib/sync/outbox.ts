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
  await database.transaction('rw', database.outbox, async () => {
    const same = await database.outbox.filter((e) => incoming.has(key(e))).primaryKeys();
    await database.outbox.bulkDelete(same);
    await database.outbox.bulkAdd(entries);
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
