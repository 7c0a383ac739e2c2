import type { KizukiDatabase } from '../db/database';
import { checkpoints } from '../db/kv-items';
import type { Pack } from '../pack/schema';
import { DEMO_PACK } from '../pack/store';
import { resolveDeadlinePolicy } from '../team/deadlines';
import { refreshDeadlines, roundFromDoc, roundToDoc, sightingFromDoc, sightingToDoc } from '../team/team-store';
import { retryDelayMs, sleep } from './backoff';
import { teamDbName, type SyncConfig } from './config';
import { allDocs, bulkDocs, couch, SyncFailure, type Credentials } from './couch';
import { reportErrors } from './status';
import { parseTeamDoc, sightingDocId, type RoundDoc } from './team-docs';
import { checkpointKey, teamChanges } from './team-pull';
import { applyTeamPack, withdrawTeamPack } from './team-packs';

// The team layer's own sync loop, beside the handled/claims engine: sends our first sightings and
// search rounds, then reads the team documents (sightings, rounds, packs) from a checkpoint. It polls
// (a few seconds apart) rather than long-polling: the documents are small and the engine's long poll
// keeps the service worker awake anyway. Failures back off; nothing here stops the engine.

export interface TeamSyncDeps {
  database: KizukiDatabase;
  config: SyncConfig;
  /** Between turns when nothing failed. */
  intervalMs?: number;
  keepAlive?: () => void;
  /** Post ids whose sighting (deadline) changed: the chips' overdue marks. */
  onChanged?: (postIds: string[]) => void;
}

export interface TeamSync {
  stop(): void;
  /** Run a turn now (a sighting or a round is waiting). */
  kick(): void;
}

const PUSH_BATCH = 200;

async function activePacks(db: KizukiDatabase): Promise<Pack[]> {
  const stored = await db.packs.orderBy('order').toArray();
  return stored.length === 0 ? [DEMO_PACK] : stored.filter((p) => p.enabled).map((p) => p.pack);
}

export const teamPolicy = async (db: KizukiDatabase) => resolveDeadlinePolicy(await activePacks(db));

/**
 * Our first sightings: accepted = the team's first; refused (409, or 403 from pouchdb-server, which
 * runs the rules first) = a teammate was first (or the server said no): theirs is fetched, ours
 * dropped. One with no answer stays local for the next turn.
 */
export async function pushSightings(config: SyncConfig, dbName: string, db: KizukiDatabase): Promise<void> {
  const rows = await db.sightings.where('sync').equals('local').limit(PUSH_BATCH).toArray();
  if (rows.length === 0) return;
  const results = await bulkDocs(config, dbName, rows.map(sightingToDoc));
  const won = rows.filter((r) => results.get(sightingDocId(r.postId))?.ok).map((r) => r.postId);
  const lost = rows.filter((r) => results.get(sightingDocId(r.postId))?.error).map((r) => r.postId);
  // The teammates' documents in one request, not one each.
  const found = await allDocs(config, dbName, lost.map(sightingDocId));
  const policy = lost.length > 0 ? await teamPolicy(db) : null;
  const theirs = lost.flatMap((postId) => {
    const parsed = parseTeamDoc(found.get(sightingDocId(postId))?.doc);
    return parsed.ok && parsed.doc.type === 'seen' ? [sightingFromDoc(parsed.doc, config.user, policy)] : [];
  });
  await db.transaction('rw', db.sightings, async () => {
    await db.sightings.where('postId').anyOf(won).modify({ sync: 'synced' });
    await db.sightings.bulkDelete(lost);
    await db.sightings.bulkPut(theirs);
  });
}

/** Our search rounds: created at the visit, then updated as the visit finds new brand posts. */
export async function pushRounds(config: SyncConfig, dbName: string, db: KizukiDatabase): Promise<void> {
  const rows = await db.rounds.where('sync').equals('local').limit(PUSH_BATCH).toArray();
  for (const row of rows) {
    const path = `${dbName}/${encodeURIComponent(row.id)}`;
    let rev = row.rev;
    let { status, body } = await couch<{ rev?: string; reason?: string }>(config, path, { method: 'PUT', body: roundToDoc(row) });
    if (status === 409) {
      // Sent before but the reply was lost (or the revision is stale): take the server's and send again.
      const current = await couch<{ _rev?: string }>(config, path);
      rev = current.body?._rev;
      ({ status, body } = await couch<{ rev?: string; reason?: string }>(config, path, { method: 'PUT', body: roundToDoc({ ...row, rev }) }));
    }
    if (status === 201 || status === 202) rev = body?.rev ?? rev;
    else await reportErrors([{ at: Date.now(), db: 'handled', docId: row.id, problem: `round refused (${status}): ${body?.reason ?? ''}`.slice(0, 200) }], db);
    await db.transaction('rw', db.rounds, async () => {
      const now = await db.rounds.get(row.id);
      // Raised again while it was on its way: keep it local so the next turn sends the new count.
      const changed = now && now.newPosts !== row.newPosts;
      if (now) await db.rounds.put({ ...now, ...(rev ? { rev } : {}), sync: changed ? 'local' : 'synced' });
    });
  }
}

/** Reads the team documents since the checkpoint and stores them with it, batch by batch. */
export async function pullTeam(config: SyncConfig, dbName: string, db: KizukiDatabase): Promise<string[]> {
  const key = checkpointKey(config, dbName, 'team');
  const since = (await checkpoints.get(db))[key] ?? 0;
  const changed: string[] = [];
  for await (const batch of teamChanges(config, dbName, since)) {
    let policy = await teamPolicy(db);
    let packsChanged = false;
    for (const doc of batch.docs) if (doc.type === 'pack') packsChanged = (await applyTeamPack(db, doc)) === 'applied' || packsChanged;
    for (const id of batch.deleted) if (id.startsWith('pack:')) packsChanged = (await withdrawTeamPack(db, id.slice(5))) || packsChanged;
    if (packsChanged) {
      const next = await teamPolicy(db);
      if (JSON.stringify(next) !== JSON.stringify(policy)) await refreshDeadlines(db, next);
      policy = next;
    }
    await reportErrors(batch.refused.map((r) => ({ at: Date.now(), db: 'handled' as const, docId: r.docId, problem: r.problem })), db);
    await db.transaction('rw', db.sightings, db.rounds, db.kv, async () => {
      const sightings = batch.docs.flatMap((d) => (d.type === 'seen' ? [sightingFromDoc(d, config.user, policy)] : []));
      const rounds = batch.docs.flatMap((d) => (d.type === 'round' ? [d] : []));
      await db.sightings.bulkPut(sightings);
      // Our own round still waiting to send a higher count keeps it.
      const ours = await db.rounds.bulkGet(rounds.map((r) => r._id));
      await db.rounds.bulkPut(
        rounds.map((r, i) => {
          const row = roundFromDoc(r as RoundDoc & { _rev?: string }, config.user);
          const local = ours[i];
          return local?.sync === 'local' ? { ...local, rev: row.rev } : row;
        }),
      );
      await db.sightings.bulkDelete(batch.deleted.filter((id) => id.startsWith('seen:')).map((id) => id.slice(5)));
      await db.rounds.bulkDelete(batch.deleted.filter((id) => id.startsWith('round:')));
      await checkpoints.update(db, (all) => ({ ...all, [key]: batch.lastSeq }));
      changed.push(...sightings.map((s) => s.postId));
    });
  }
  return changed;
}

export function startTeamSync(deps: TeamSyncDeps): TeamSync {
  const { database, config } = deps;
  const dbName = teamDbName(config.team);
  const stopper = new AbortController();
  let wake = () => {};
  /** A kick during a turn (a sighting stored after the push looked) must not be slept through. */
  let woken = false;
  void (async () => {
    let failingSince: number | null = null;
    while (!stopper.signal.aborted) {
      deps.keepAlive?.();
      woken = false;
      let delay = deps.intervalMs ?? 3000;
      try {
        await pushSightings(config, dbName, database);
        await pushRounds(config, dbName, database);
        const changed = await pullTeam(config, dbName, database);
        if (changed.length > 0) deps.onChanged?.(changed);
        failingSince = null;
      } catch (err) {
        if (stopper.signal.aborted) return;
        // 401/403 are the engine's to show; this loop just tries again later, after a wait that
        // follows the outage (as the engine's loops do), so kicks during it do not push it away.
        failingSince ??= Date.now();
        delay = retryDelayMs(Date.now() - failingSince, 2000);
        if (!(err instanceof SyncFailure)) console.warn('kizuki: team sync', err);
      }
      if (woken) continue;
      const nap = sleep(delay, stopper.signal);
      wake = nap.wake;
      await nap.done;
      wake = () => {};
    }
  })();
  return {
    stop: () => stopper.abort(),
    kick: () => {
      woken = true;
      wake();
    },
  };
}
