import type { KizukiDatabase } from '../db/database';
import type { PostState } from '../messages/protocol';

/**
 * The state of a batch of visible posts: two bulk index reads (handled, claims), never one query per
 * post. Posts with no record and no live claim are absent from the result.
 */
export async function getPostStates(db: KizukiDatabase, postIds: readonly string[], now: number): Promise<Record<string, PostState>> {
  const ids = [...new Set(postIds)];
  if (ids.length === 0) return {};
  const [handled, claims] = await db.transaction('r', db.handled, db.claims, () =>
    Promise.all([db.handled.where('postId').anyOf(ids).toArray(), db.claims.where('postId').anyOf(ids).toArray()]),
  );
  const states: Record<string, PostState> = {};
  const stateOf = (id: string) => (states[id] ??= { handled: [], claim: null });
  for (const r of handled) stateOf(r.postId).handled.push({ operator: r.operator, handledAt: r.handledAt, action: r.action });
  for (const c of claims) if (c.expiresAt > now) stateOf(c.postId).claim = { operator: c.operator, expiresAt: c.expiresAt };
  for (const s of Object.values(states)) s.handled.sort((a, b) => a.handledAt - b.handledAt);
  return states;
}
