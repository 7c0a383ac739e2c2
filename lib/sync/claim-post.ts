import type { KizukiDatabase } from '../db/database';
import { CLAIM_TTL_MS, releaseClaim, takeClaim, type TakeResult } from './claims';
import { claimsDbName, type SyncConfig } from './config';
import { SyncFailure } from './couch';
import { enqueueClaim } from './outbox';

// Claims as the composer sees them: with a team server the server decides; without one (or while it
// cannot be reached) the claim is kept locally so the operator is never blocked from replying.

function isUnreachable(err: unknown): boolean {
  return err instanceof SyncFailure;
}

async function claimLocally(database: KizukiDatabase, postId: string, me: string, now: number): Promise<TakeResult> {
  const held = await database.claims.get(postId);
  if (held && held.operator !== me && held.expiresAt > now) return { ok: false, heldBy: held.operator, expiresAt: held.expiresAt };
  const expiresAt = now + CLAIM_TTL_MS;
  await database.claims.put({ postId, operator: me, expiresAt });
  return { ok: true, expiresAt };
}

export async function claimPost(database: KizukiDatabase, config: SyncConfig | null, me: string, postId: string, now = Date.now()): Promise<TakeResult> {
  if (config) {
    try {
      return await takeClaim(config, claimsDbName(config.team), database, postId, me, now);
    } catch (err) {
      if (!isUnreachable(err)) throw err;
    }
  }
  const local = await claimLocally(database, postId, me, now);
  // Sent when the server is back, if it is still worth sending then.
  if (config && local.ok) await enqueueClaim({ postId, operator: me, expiresAt: local.expiresAt }, database);
  return local;
}

export async function releasePost(database: KizukiDatabase, config: SyncConfig | null, me: string, postId: string): Promise<void> {
  if (config) {
    try {
      await releaseClaim(config, claimsDbName(config.team), database, postId, me);
      return;
    } catch (err) {
      if (!isUnreachable(err)) throw err;
      await enqueueClaim({ postId, operator: me, expiresAt: 0 }, database);
    }
  }
  await database.claims.where({ postId }).filter((c) => c.operator === me).delete();
}
