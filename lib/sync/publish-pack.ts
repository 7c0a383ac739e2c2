import { canonicalJson as canonical } from '../pack/canonical';
import type { Pack } from '../pack/schema';
import { couch, reasonOf, SyncFailure, type Credentials } from './couch';
import { packDocId, packDocSchema } from './team-docs';

// Publishes a validated pack to the team database as pack:<packId>, in the publisher's own name.
// The server decides who may (leads) and checks the envelope; this only prepares the document and
// explains the answer. Used by `kizuki pack-publish` and, later, by the Packs tab.

export type PublishResult =
  | { status: 'published'; packId: string; packVersion: string; previousVersion: string | null }
  | { status: 'unchanged'; packId: string; packVersion: string };

export async function publishPack(creds: Credentials, dbName: string, pack: Pack, now = Date.now()): Promise<PublishResult> {
  const packVersion = pack.packVersion;
  if (!packVersion) throw new SyncFailure('protocol', 'the pack has no packVersion');
  const path = `${dbName}/${encodeURIComponent(packDocId(pack.id))}`;
  const current = await couch<Record<string, unknown>>(creds, path);
  if (current.status === 404 && /no_db_file|does not exist|Database/i.test(reasonOf(current.body) ?? '')) {
    throw new SyncFailure('forbidden', `database ${dbName} does not exist (run sync-setup)`, 404);
  }
  const old = current.status === 200 ? packDocSchema.safeParse(current.body) : null;
  if (old?.success && old.data.packVersion === packVersion && canonical(old.data.pack) === canonical(pack)) {
    return { status: 'unchanged', packId: pack.id, packVersion };
  }
  const rev = current.status === 200 ? (current.body as { _rev?: unknown })._rev : undefined;
  const doc = {
    _id: packDocId(pack.id),
    ...(typeof rev === 'string' ? { _rev: rev } : {}),
    type: 'pack',
    packId: pack.id,
    pack,
    packVersion,
    publisher: creds.user,
    publishedAt: now,
  };
  const { status, body } = await couch(creds, path, { method: 'PUT', body: doc });
  if (status === 409) throw new SyncFailure('protocol', 'another lead published this pack at the same moment; run again', 409);
  if (status !== 201 && status !== 202) throw new SyncFailure('protocol', `publish refused (${status}): ${reasonOf(body) ?? 'no reason given'}`, status);
  return { status: 'published', packId: pack.id, packVersion, previousVersion: old?.success ? old.data.packVersion : null };
}
