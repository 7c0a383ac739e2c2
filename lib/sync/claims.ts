import type { KizukiDatabase } from '../db/database';
import { couch, SyncFailure, type Credentials } from './couch';
import { claimDocId } from './docs';
import { claimDocSchema } from './schemas';

// "Sato is replying": claim:<postId> in the claims database. The server's 409 decides races: of two
// operators claiming at once, exactly one write is accepted. An expired claim may be taken over.

export const CLAIM_TTL_MS = 2 * 60_000;

export type TakeResult = { ok: true; expiresAt: number } | { ok: false; heldBy: string; expiresAt: number };
type Raw = Record<string, unknown> & { _rev?: string };

async function getClaim(creds: Credentials, dbName: string, postId: string): Promise<Raw | null> {
  const { status, body } = await couch<Raw>(creds, `${dbName}/${encodeURIComponent(claimDocId(postId))}`);
  if (status === 404) return null;
  if (status !== 200) throw new SyncFailure('protocol', `unexpected claim reply ${status}`, status);
  return body;
}

/** The server refuses a takeover of a live claim (validate_doc_update): for the loser of a race, like a 409. */
const HELD_BY_OTHER = /holds this claim until/;

async function putClaim(creds: Credentials, dbName: string, doc: Raw): Promise<boolean> {
  let reply: { status: number; body: unknown };
  try {
    reply = await couch(creds, `${dbName}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', body: doc });
  } catch (err) {
    if (err instanceof SyncFailure && err.status === 403 && HELD_BY_OTHER.test(err.message)) return false;
    throw err;
  }
  const { status, body } = reply;
  if (status === 201 || status === 202) return true;
  if (status === 409) return false;
  throw new SyncFailure('protocol', `claim refused (${status}): ${(body as { reason?: string })?.reason ?? ''}`, status);
}

/** Claims a post for `me` unless a teammate holds an unexpired claim. Mirrors the result into db.claims. */
export async function takeClaim(creds: Credentials, dbName: string, database: KizukiDatabase, postId: string, me: string, now = Date.now()): Promise<TakeResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await getClaim(creds, dbName, postId);
    const held = claimDocSchema.safeParse(current);
    if (held.success && held.data.operator !== me && held.data.expiresAt > now) {
      await database.claims.put({ postId, operator: held.data.operator, expiresAt: held.data.expiresAt });
      return { ok: false, heldBy: held.data.operator, expiresAt: held.data.expiresAt };
    }
    const expiresAt = now + CLAIM_TTL_MS;
    const doc: Raw = { _id: claimDocId(postId), type: 'claim', postId, operator: me, expiresAt };
    if (current?._rev) doc._rev = current._rev;
    if (await putClaim(creds, dbName, doc)) {
      await database.claims.put({ postId, operator: me, expiresAt });
      return { ok: true, expiresAt };
    }
    // 409: someone wrote between our read and our write; read again to see who.
  }
  throw new SyncFailure('server', 'claim kept changing; try again');
}

/** Releases our own claim (composer closed, post handled). A teammate's claim is left alone. */
export async function releaseClaim(creds: Credentials, dbName: string, database: KizukiDatabase, postId: string, me: string): Promise<void> {
  const current = await getClaim(creds, dbName, postId);
  if (current && current.operator === me) await putClaim(creds, dbName, { ...current, _deleted: true });
  await database.claims.where({ postId }).filter((c) => c.operator === me).delete();
}
