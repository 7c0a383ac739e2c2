import type { PostSummary } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import type { RoundRow, SightingRow } from '../db/records';
import type { RoundDoc, SightingDoc } from '../sync/team-docs';
import { sightingDocId, TEAM_DOC_LIMITS } from '../sync/team-docs';
import { deadlineOf, type DeadlinePolicy } from './deadlines';

// The team's sightings and search rounds as this device keeps them: ours waiting to be sent, and the
// server's. The server's copy always wins (the first sighting is the team's, not ours).

const DAY_MS = 86_400_000;

const withDeadline = <T extends Omit<SightingRow, 'deadline'>>(row: T, policy: DeadlinePolicy | null): T & { deadline: number } => ({
  ...row,
  deadline: deadlineOf(row, policy),
});

/**
 * Brand posts a tab reported: the ones nobody on the team is known to have seen become our first
 * sightings, to be sent. Returns their ids (the "new brand posts" a search round counts).
 */
export async function recordSightings(db: KizukiDatabase, posts: readonly PostSummary[], operator: string, policy: DeadlinePolicy | null, now: number): Promise<string[]> {
  if (posts.length === 0) return [];
  return db.transaction('rw', db.sightings, async () => {
    const known = await db.sightings.bulkGet(posts.map((p) => p.postId));
    const fresh = posts.filter((_p, i) => !known[i]);
    const unique = [...new Map(fresh.map((p) => [p.postId, p])).values()];
    await db.sightings.bulkAdd(
      unique.map((p) =>
        withDeadline(
          {
            postId: p.postId,
            operator,
            seenAt: now,
            url: p.url,
            authorHandle: p.authorHandle,
            displayName: p.displayName.slice(0, TEAM_DOC_LIMITS.displayName),
            text: p.text.slice(0, TEAM_DOC_LIMITS.sightingText),
            lang: p.lang === null ? null : p.lang.slice(0, 16),
            publishedAt: p.publishedAt,
            category: p.category,
            priority: p.priority,
            brands: p.brands,
            sync: 'local' as const,
          },
          policy,
        ),
      ),
    );
    return unique.map((p) => p.postId);
  });
}

export function sightingToDoc(row: SightingRow): SightingDoc {
  // The deadline, sync state and inbox index keys (lib/db/inbox-keys.ts) are this device's own.
  const { deadline: _d, sync: _s, open: _o, rank: _r, newest: _n, ...fields } = row;
  return { _id: sightingDocId(row.postId), type: 'seen', ...fields };
}

export function sightingFromDoc(doc: SightingDoc, me: string, policy: DeadlinePolicy | null): SightingRow {
  const { _id: _i, type: _t, ...fields } = doc;
  return withDeadline({ ...fields, sync: doc.operator === me ? ('synced' as const) : ('remote' as const) }, policy);
}

export function roundToDoc(row: RoundRow): RoundDoc & { _rev?: string } {
  const { id, rev, sync: _s, ...fields } = row;
  return { _id: id, ...(rev ? { _rev: rev } : {}), type: 'round', ...fields };
}

export function roundFromDoc(doc: RoundDoc & { _rev?: string }, me: string): RoundRow {
  const { _id, _rev, type: _t, ...fields } = doc;
  return { ...fields, id: _id, ...(_rev ? { rev: _rev } : {}), sync: doc.operator === me ? 'synced' : 'remote' };
}

/** The team's reply deadline changed (a pack): every stored deadline is worked out again. */
export async function refreshDeadlines(db: KizukiDatabase, policy: DeadlinePolicy | null): Promise<void> {
  await db.transaction('rw', db.sightings, async () => {
    await db.sightings.toCollection().modify((row) => {
      row.deadline = deadlineOf(row, policy);
    });
  });
}

/** Retention: sightings and rounds older than the setting go, as handled records do. */
export async function pruneTeamData(db: KizukiDatabase, retentionDays: number, now: number): Promise<number> {
  if (!(retentionDays > 0)) return 0;
  const oldest = now - retentionDays * DAY_MS;
  const [a, b] = await Promise.all([db.sightings.where('seenAt').below(oldest).delete(), db.rounds.where('openedAt').below(oldest).delete()]);
  return a + b;
}

/** Records a visit of a saved search, to be sent; returns its row. */
export async function recordRound(db: KizukiDatabase, doc: RoundDoc): Promise<RoundRow> {
  const row: RoundRow = { ...roundFromDoc(doc, doc.operator), sync: 'local' };
  await db.rounds.put(row);
  return row;
}

/**
 * A tab on X's search page for `query` reported brand posts nobody on the team had seen: the latest
 * round of that search opened by `operator` within `withinMs` counts them.
 */
export async function countRoundPosts(db: KizukiDatabase, key: string, operator: string, added: number, now: number, withinMs = 3 * 3600_000): Promise<void> {
  if (added <= 0) return;
  await db.transaction('rw', db.rounds, async () => {
    const rows = await db.rounds.where('searchKey').equals(key).toArray();
    const mine = rows.filter((r) => r.operator === operator && r.openedAt >= now - withinMs).sort((a, b) => b.openedAt - a.openedAt)[0];
    if (!mine) return;
    await db.rounds.put({ ...mine, newPosts: Math.min(TEAM_DOC_LIMITS.roundNewPosts, mine.newPosts + added), sync: 'local' });
  });
}
