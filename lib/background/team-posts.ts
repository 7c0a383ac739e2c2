import type { PostSummary } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import { keptUntilWritten } from '../db/on-tables-changed';
import { reportSyncConfig } from '../settings/operator';
import { teamPolicy } from '../sync/team-sync';
import { deadlineOf } from '../team/deadlines';
import { searchKey } from '../team/search-rounds';
import { countRoundPosts, recordSightings } from '../team/team-store';

// What the team layer does with the posts a tab reports and with the chips' state requests: first
// sightings for the team inbox, a search round's count of new brand posts, and reply deadlines
// worked out here (time zones and business hours stay out of the content script).

/**
 * The team's reply-deadline policy for every report and every chips' state request. Working it out
 * reads every stored pack, whole (terms, templates, dictionaries), for a few numbers that change
 * only when the packs do: kept until a write to the packs table (here or in the panel) says to read
 * them again, as the report path's spec is (handlers/spec-get.ts).
 */
export const reportPolicy = keptUntilWritten(['packs'], teamPolicy);

/** The query of X's search page a tab shows, or null for any other page. */
export function searchQueryOf(tabUrl: string | undefined): string | null {
  if (!tabUrl) return null;
  try {
    const url = new URL(tabUrl);
    return url.pathname === '/search' ? url.searchParams.get('q') : null;
  } catch {
    return null;
  }
}

/** With sync on: our first sightings (to send) and, on a saved search's page, the round's count. */
export async function noteTeamSightings(db: KizukiDatabase, posts: PostSummary[], tabUrl: string | undefined, now: number): Promise<void> {
  const config = await reportSyncConfig();
  if (!config) return;
  const added = await recordSightings(db, posts, config.user, await reportPolicy(db), now);
  const query = searchQueryOf(tabUrl);
  if (query) await countRoundPosts(db, searchKey(query), config.user, added.length, now);
}

/**
 * Each post's reply deadline: from the team's first sighting when there is one (the clock started
 * when the team first saw it, if X gave no time), else from this operator's own sighting.
 */
export async function deadlinesOf(db: KizukiDatabase, postIds: readonly string[]): Promise<Record<string, number>> {
  const policy = await reportPolicy(db);
  if (!policy) return {};
  const [team, seen] = await Promise.all([db.sightings.bulkGet([...postIds]), db.seenPosts.bulkGet([...postIds])]);
  const out: Record<string, number> = {};
  postIds.forEach((id, i) => {
    const deadline = team[i]?.deadline ?? (seen[i] ? deadlineOf(seen[i]!, policy) : Infinity);
    if (Number.isFinite(deadline)) out[id] = deadline;
  });
  return out;
}
