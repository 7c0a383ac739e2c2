import type { KizukiDatabase } from '../db/database';
import { claimDocId, claimDocSchema, type ClaimRecord } from '../contract/records';
import type { Operator } from '../settings/operator';
import { claimsDbName, type SyncConfig } from './config';
import { couch, SyncFailure, type Credentials } from './couch';
import { dropQueuedClaim, enqueueClaim } from './outbox';
import { serverNow } from './server-clock';
import { serverClock } from '../db/kv-items';

// "Sato is replying": claim:<postId> in the claims database. The server's 409 decides races: of two
// operators claiming at once, exactly one write is accepted. An expired claim may be taken over.
// Without a team server (or while it cannot be reached) the claim is kept locally, so the operator
// is never blocked from replying, and sent when the server is back if it still matters then.

export const CLAIM_TTL_MS = 2 * 60_000;

export type TakeResult =
  | { ok: true; expiresAt: number }
  | { ok: false; heldBy: { operator: string; operatorName: string }; expiresAt: number };
type Raw = Record<string, unknown> & { _rev?: string };

async function getClaim(creds: Credentials, dbName: string, postId: string, database: KizukiDatabase): Promise<{ doc: Raw | null; now: number }> {
  const { status, body, clockOffset } = await couch<Raw>(creds, `${dbName}/${encodeURIComponent(claimDocId(postId))}`);
  // Claims expire by the server's clock: its Date header says what time it is there.
  if (clockOffset !== null) await serverClock.set(clockOffset, database);
  const now = Math.round(serverNow(clockOffset ?? (await serverClock.get(database))));
  if (status === 404) return { doc: null, now };
  if (status !== 200 || !body || typeof body !== 'object') throw new SyncFailure('protocol', `unexpected claim reply ${status}`, status);
  return { doc: body, now };
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

const heldBy = (c: { operator: string; operatorName?: string }) => ({ operator: c.operator, operatorName: c.operatorName || c.operator });

/**
 * Claims a post for `me` on the server unless a teammate holds an unexpired claim. Mirrors the result
 * into db.claims. Times are the server's (`at` overrides it in tests of expiry).
 */
export async function takeClaim(creds: Credentials, dbName: string, database: KizukiDatabase, postId: string, me: Operator, at?: number): Promise<TakeResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { doc: current, now: serverTime } = await getClaim(creds, dbName, postId, database);
    const now = at ?? serverTime;
    const held = claimDocSchema.safeParse(current);
    if (held.success && held.data.operator !== me.id && held.data.expiresAt > now) {
      const holder = heldBy(held.data);
      await database.claims.put({ postId, ...holder, expiresAt: held.data.expiresAt });
      return { ok: false, heldBy: holder, expiresAt: held.data.expiresAt };
    }
    const expiresAt = now + CLAIM_TTL_MS;
    const doc: Raw = { _id: claimDocId(postId), type: 'claim', postId, operator: me.id, operatorName: me.name, expiresAt };
    if (current?._rev) doc._rev = current._rev;
    if (await putClaim(creds, dbName, doc)) {
      await database.claims.put({ postId, operator: me.id, operatorName: me.name, expiresAt });
      return { ok: true, expiresAt };
    }
    // 409: someone wrote between our read and our write; read again to see who.
  }
  throw new SyncFailure('server', 'claim kept changing; try again');
}

/** Releases our own claim (composer closed, post handled) on the server. A teammate's claim is left alone. */
export async function releaseClaim(creds: Credentials, dbName: string, database: KizukiDatabase, postId: string, me: string): Promise<void> {
  // A claim queued during an outage must not follow this release to the server.
  await dropQueuedClaim(postId, me, database);
  const { doc: current } = await getClaim(creds, dbName, postId, database);
  if (current && current.operator === me) await putClaim(creds, dbName, { ...current, _deleted: true });
  await database.claims.where({ postId }).filter((c) => c.operator === me).delete();
}

async function claimLocally(database: KizukiDatabase, postId: string, me: Operator, now: number): Promise<TakeResult> {
  const held = await database.claims.get(postId);
  if (held && held.operator !== me.id && held.expiresAt > now) return { ok: false, heldBy: heldBy(held), expiresAt: held.expiresAt };
  const expiresAt = now + CLAIM_TTL_MS;
  await database.claims.put({ postId, operator: me.id, operatorName: me.name, expiresAt });
  return { ok: true, expiresAt };
}

/** The composer opened: the server decides when there is one and it answers; else a local claim. */
export async function claimPost(database: KizukiDatabase, config: SyncConfig | null, me: Operator, postId: string, now?: number): Promise<TakeResult> {
  if (config) {
    try {
      return await takeClaim(config, claimsDbName(config.team), database, postId, me, now);
    } catch (err) {
      if (!(err instanceof SyncFailure)) throw err;
    }
  }
  const local = await claimLocally(database, postId, me, now ?? Math.round(serverNow(await serverClock.get(database))));
  if (config && local.ok) await enqueueClaim({ postId, operator: me.id, operatorName: me.name, expiresAt: local.expiresAt }, database);
  return local;
}

export async function releasePost(database: KizukiDatabase, config: SyncConfig | null, me: Operator, postId: string): Promise<void> {
  if (config) {
    try {
      await releaseClaim(config, claimsDbName(config.team), database, postId, me.id);
      return;
    } catch (err) {
      if (!(err instanceof SyncFailure)) throw err;
      await enqueueClaim({ postId, operator: me.id, operatorName: me.name, expiresAt: 0 }, database);
    }
  }
  await database.claims.where({ postId }).filter((c) => c.operator === me.id).delete();
}

/**
 * Claims queued while the server was unreachable. A claim is only worth sending while it lasts:
 * expired ones are dropped; a release (expiresAt 0) is sent so teammates stop seeing "replying".
 */
export async function pushClaims(creds: Credentials, dbName: string, database: KizukiDatabase, at?: number): Promise<number> {
  const entries = await database.outbox.filter((e) => e.db === 'claims' && !e.parked).toArray();
  for (const e of entries) {
    const claim = e.doc as Partial<ClaimRecord>;
    const me: Operator = { id: String(claim.operator), name: String(claim.operatorName || claim.operator) };
    const postId = String(claim.postId);
    const expiresAt = Number(claim.expiresAt);
    const now = at ?? Math.round(serverNow(await serverClock.get(database)));
    // Handled since (the release may have been decided while this waited): nobody is replying any more.
    const handled = (await database.handled.get([postId, me.id])) !== undefined;
    if (expiresAt === 0 || handled) await releaseClaim(creds, dbName, database, postId, me.id);
    else if (expiresAt > now) {
      try {
        await takeClaim(creds, dbName, database, postId, me, at);
      } finally {
        // Released while the take was on its way (the release replaced or removed this entry): undo
        // the take, which may have landed even when its answer was lost; if the server is gone again,
        // the undo waits in the outbox like any release.
        if (!(await database.outbox.get(e.id!))) {
          await releaseClaim(creds, dbName, database, postId, me.id).catch(async (err: unknown) => {
            await enqueueClaim({ postId, operator: me.id, operatorName: me.name, expiresAt: 0 }, database);
            throw err;
          });
        }
      }
    }
    await database.outbox.delete(e.id!);
  }
  return entries.length;
}
