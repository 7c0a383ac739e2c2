import { canonicalJson as canonical } from '../pack/canonical';
import type { Pack } from '../pack/schema';
import { couch, reasonOf, SyncFailure, type Credentials } from './couch';
import { packDocId, packDocSchema } from './team-docs';

// Publishes a validated pack to the team database as pack:<packId>, in the publisher's own name.
// The server decides who may (leads) and checks the envelope; this only prepares the document and
// explains the answer. Used by `kizuki pack-publish` and by the Packs tab.

export type PublishResult =
  | { status: 'published'; packId: string; packVersion: string; previousVersion: string | null }
  | { status: 'unchanged'; packId: string; packVersion: string };

/**
 * How long a publish (one read, one write) may take before the lead is told. The requests carry no
 * timeout of their own: a stalled network or server would otherwise leave 「公開中…」 on screen for
 * good. A pack is at most a few hundred kilobytes; a server that has not answered in this long is
 * not going to.
 */
export const PUBLISH_TIMEOUT_MS = 30_000;

export interface PublishOptions {
  now?: number;
  timeoutMs?: number;
}

export async function publishPack(creds: Credentials, dbName: string, pack: Pack, { now = Date.now(), timeoutMs = PUBLISH_TIMEOUT_MS }: PublishOptions = {}): Promise<PublishResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await publishWithin(creds, dbName, pack, now, signal);
  } catch (err) {
    if (!signal.aborted) throw err;
    // The write may have reached the server before the answer was lost: publishing again is safe
    // (the same version is then reported as already the team's).
    throw new SyncFailure('offline', `no answer from the server within ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}; the pack may not be published, try again`);
  }
}

async function publishWithin(creds: Credentials, dbName: string, pack: Pack, now: number, signal: AbortSignal): Promise<PublishResult> {
  const packVersion = pack.packVersion;
  if (!packVersion) throw new SyncFailure('protocol', 'the pack has no packVersion');
  const path = `${dbName}/${encodeURIComponent(packDocId(pack.id))}`;
  const current = await couch<Record<string, unknown>>(creds, path, { signal });
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
  const { status, body } = await couch(creds, path, { method: 'PUT', body: doc, signal });
  if (status === 409) throw new SyncFailure('protocol', 'another lead published this pack at the same moment; run again', 409);
  if (status !== 201 && status !== 202) throw new SyncFailure('protocol', `publish refused (${status}): ${reasonOf(body) ?? 'no reason given'}`, status);
  return { status: 'published', packId: pack.id, packVersion, previousVersion: old?.success ? old.data.packVersion : null };
}
