import type { CorrectionRecord } from '../contract/corrections';
import type { KizukiDatabase } from '../db/database';
import { checkpoints } from '../db/kv-items';
import { couch, SyncFailure, type Credentials } from './couch';
import { reportErrors } from './status';
import { correctionDocId, type CorrectionDoc } from './team-docs';
import { checkpointKey, teamChanges } from './team-pull';

// Category corrections travel as `correction:<postId>:<operator>` documents in the team database:
// created once in the writer's own name (the server refuses anything else, validate-team-docs.ts).
// An operator who corrects the same post again withdraws their document and writes it anew. Kept
// apart from the handled/claims engine: corrections are rare clicks, a PUT each is plenty.

export function toCorrectionDoc(r: CorrectionRecord): CorrectionDoc {
  const { sync: _sync, ...fields } = r;
  return { _id: correctionDocId(r.postId, r.operator), type: 'correction', ...fields };
}

const docPath = (dbName: string, id: string) => `${dbName}/${encodeURIComponent(id)}`;

/** Corrections made before sync was set up carry the local name: send them in the sync user's name. */
async function adoptLocal(database: KizukiDatabase, me: string): Promise<void> {
  await database.transaction('rw', database.corrections, async () => {
    const others = (await database.corrections.where('sync').equals('local').toArray()).filter((r) => r.operator !== me);
    for (const r of others) {
      await database.corrections.delete([r.postId, r.operator]);
      if (!(await database.corrections.get([r.postId, me]))) await database.corrections.put({ ...r, operator: me });
    }
  });
}

/** Marks a record accepted, unless the operator corrected it again while it was on its way. */
async function markSent(database: KizukiDatabase, r: CorrectionRecord, sync: 'synced' | 'refused'): Promise<void> {
  await database.transaction('rw', database.corrections, async () => {
    const now = await database.corrections.get([r.postId, r.operator]);
    if (now && now.correctedAt === r.correctedAt) await database.corrections.update([r.postId, r.operator], { sync });
  });
}

async function putOnce(creds: Credentials, dbName: string, doc: CorrectionDoc): Promise<'created' | 'conflict'> {
  const { status } = await couch(creds, docPath(dbName, doc._id), { method: 'PUT', body: doc });
  if (status === 201 || status === 202) return 'created';
  if (status === 409) return 'conflict';
  throw new SyncFailure('protocol', `unexpected reply ${status} to a correction`, status);
}

/** The server's copy of a document, or null when there is none (or only a deleted one). */
async function current(creds: Credentials, dbName: string, id: string): Promise<(CorrectionDoc & { _rev: string }) | null> {
  const { status, body } = await couch<CorrectionDoc & { _rev: string }>(creds, docPath(dbName, id));
  return status === 200 ? body : null;
}

/**
 * Writes one correction. When the server already holds this operator's earlier correction of the
 * post (CouchDB answers 409, pouchdb-server runs the rules first and answers 403), that one is
 * withdrawn and the new one written: the same operator may change their mind, nobody else's
 * correction is touched.
 */
async function send(creds: Credentials, dbName: string, doc: CorrectionDoc): Promise<'sent' | 'retry'> {
  let refusal: SyncFailure | null = null;
  try {
    if ((await putOnce(creds, dbName, doc)) === 'created') return 'sent';
  } catch (err) {
    if (!(err instanceof SyncFailure) || err.status !== 403) throw err;
    refusal = err;
  }
  const old = await current(creds, dbName, doc._id);
  if (!old || old.operator !== creds.user) {
    if (refusal) throw refusal;
    return 'retry';
  }
  if (old.category === doc.category && old.correctedAt === doc.correctedAt) return 'sent';
  await couch(creds, `${docPath(dbName, doc._id)}?rev=${encodeURIComponent(old._rev)}`, { method: 'DELETE' });
  // A conflict now is a race with the operator's other device: the next round sorts it out.
  return (await putOnce(creds, dbName, doc)) === 'created' ? 'sent' : 'retry';
}

/** Sends every unsent correction; a refused one is parked with the server's reason. */
export async function pushCorrections(creds: Credentials, dbName: string, database: KizukiDatabase): Promise<number> {
  await adoptLocal(database, creds.user);
  const unsent = await database.corrections.where('sync').equals('local').toArray();
  for (const r of unsent) {
    const doc = toCorrectionDoc(r);
    try {
      if ((await send(creds, dbName, doc)) === 'sent') await markSent(database, r, 'synced');
    } catch (err) {
      if (!(err instanceof SyncFailure) || err.status !== 403) throw err;
      await markSent(database, r, 'refused');
      await reportErrors([{ at: Date.now(), db: 'handled', docId: doc._id, problem: err.message }], database);
    }
  }
  return unsent.length;
}

/** `correction:<postId>:<operator>` → [postId, operator] (a user name may itself hold ':'). */
function keyOfDocId(id: string): [string, string] {
  const rest = id.slice('correction:'.length);
  const at = rest.indexOf(':');
  return [rest.slice(0, at), rest.slice(at + 1)];
}

/** Pulls the team's corrections since the last checkpoint; returns the post ids whose corrections changed. */
export async function pullCorrections(creds: Credentials, dbName: string, database: KizukiDatabase, signal?: AbortSignal): Promise<string[]> {
  const key = checkpointKey(creds, dbName, 'corrections');
  const since = (await checkpoints.get(database))[key] ?? 0;
  const changed: string[] = [];
  for await (const batch of teamChanges(creds, dbName, since, signal)) {
    const docs = batch.docs.filter((d): d is CorrectionDoc => d.type === 'correction');
    const deleted = batch.deleted.filter((id) => id.startsWith('correction:')).map(keyOfDocId);
    await database.transaction('rw', database.corrections, database.kv, async () => {
      for (const doc of docs) {
        const mine = await database.corrections.get([doc.postId, doc.operator]);
        // A correction of ours not yet sent is newer than what the server holds.
        if (mine?.sync === 'local') continue;
        const { _id: _i, type: _t, operatorName, ...fields } = doc;
        await database.corrections.put({ ...fields, operatorName: operatorName || doc.operator, sync: doc.operator === creds.user ? 'synced' : 'remote' });
        changed.push(doc.postId);
      }
      for (const [postId, operator] of deleted) {
        const row = await database.corrections.get([postId, operator]);
        if (row && row.sync !== 'local') {
          await database.corrections.delete([postId, operator]);
          changed.push(postId);
        }
      }
      await checkpoints.update(database, (all) => ({ ...all, [key]: batch.lastSeq }));
    });
    if (batch.refused.length) await reportErrors(batch.refused.filter((r) => r.docId.startsWith('correction:')).map((r) => ({ at: Date.now(), db: 'handled' as const, ...r })), database);
  }
  return [...new Set(changed)];
}
