import { couch, SyncFailure, type Credentials } from './couch';
import { changeRowSchema, changesSchema, problemOf } from './documents';
import { parseTeamDoc, teamDocKind, type TeamDoc } from './team-docs';

// Reads the team documents (packs, sightings, rounds) from the team database's _changes feed, from a
// checkpoint, in batches. Each batch is validated and handed over with its checkpoint, so the caller
// stores both in one transaction; nothing here stores anything.

export interface TeamBatch {
  docs: TeamDoc[];
  /** Ids of team documents deleted since (retention, a withdrawn pack). */
  deleted: string[];
  /** Documents that failed validation: skipped, to be listed as sync errors. */
  refused: { docId: string; problem: string }[];
  /** Opaque: store it and send it back as it came. */
  lastSeq: string | number;
}

const BATCH = 1000;

/**
 * Where a reader of a database's _changes keeps its checkpoint in `checkpoints`: by server origin
 * and database, and by reader where several read the same feed (the engine's handled pull has none).
 */
export const checkpointKey = (creds: Credentials, dbName: string, reader?: 'team' | 'corrections') =>
  `${new URL(creds.url).origin}/${dbName}${reader ? `#${reader}` : ''}`;

export async function* teamChanges(creds: Credentials, dbName: string, since: string | number = 0, signal?: AbortSignal): AsyncGenerator<TeamBatch> {
  for (;;) {
    const query = `since=${encodeURIComponent(String(since))}&include_docs=true&limit=${BATCH}`;
    const { status, body } = await couch(creds, `${dbName}/_changes?${query}`, { signal });
    if (status === 404) throw new SyncFailure('forbidden', `database ${dbName} does not exist`, 404);
    const parsed = changesSchema.safeParse(body);
    if (!parsed.success) throw new SyncFailure('protocol', `unexpected _changes reply: ${problemOf(parsed.error)}`);
    const batch: TeamBatch = { docs: [], deleted: [], refused: [], lastSeq: parsed.data.last_seq };
    for (const raw of parsed.data.results) {
      // Each row on its own: a malformed row is skipped, the rest of the batch still counts.
      const checked = changeRowSchema.safeParse(raw);
      if (!checked.success) continue;
      const row = checked.data;
      if (!teamDocKind(row.id)) continue; // handled records and design documents: not ours
      if (row.deleted) {
        batch.deleted.push(row.id);
        continue;
      }
      const doc = parseTeamDoc(row.doc);
      if (doc.ok) batch.docs.push(doc.doc);
      else batch.refused.push({ docId: doc.docId, problem: doc.problem });
    }
    yield batch;
    since = parsed.data.last_seq;
    if (parsed.data.results.length < BATCH) return;
  }
}
