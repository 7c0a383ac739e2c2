import type { KizukiDatabase } from '../db/database';
import type { Credentials } from './couch';
import { releaseClaim, takeClaim } from './claims';

// Claims queued while the server was unreachable. A claim is only worth sending while it lasts:
// expired ones are dropped; a release (expiresAt 0) is sent so teammates stop seeing "replying".
export async function pushClaims(creds: Credentials, dbName: string, database: KizukiDatabase, now = Date.now()): Promise<number> {
  const entries = await database.outbox.filter((e) => e.db === 'claims').toArray();
  for (const e of entries) {
    const postId = String(e.doc.postId);
    const operator = String(e.doc.operator);
    const expiresAt = Number(e.doc.expiresAt);
    if (expiresAt === 0) await releaseClaim(creds, dbName, database, postId, operator);
    else if (expiresAt > now) await takeClaim(creds, dbName, database, postId, operator, now);
    await database.outbox.delete(e.id!);
  }
  return entries.length;
}
