import type { PostState } from '../contract/post-state';
import { db as defaultDb, type KizukiDatabase } from '../db/database';
import { onTablesChanged } from '../db/on-tables-changed';
import { getPostStatesDirect } from '../handled/post-states';
import { BoundedMap } from '../content/bounded-map';

/** How long a read waits for the ask it was shared for: the chips ask a few ms after the report, later on a busy machine. */
const SHARE_MS = 2000;
/** Reads shared at once, at most: a few screens of every open tab (a shift scrolls past thousands of posts). */
const SHARED = 2000;

type Read = (database: KizukiDatabase, postIds: readonly string[], now: number) => Promise<Record<string, PostState>>;

/**
 * The worker's reads of post state for the tabs: a tab's seen report and its chips' state request
 * share one read. With the panel open, each batch X inserts brings the worker both asks for the same
 * posts within a few milliseconds, and each was a read of the handled log, the claims and the server
 * clock. The report's read (the panel is handed the rows with their state) is shared: the next ask
 * for the same post takes its answer, or the read still under way, once.
 * Only once, and only for SHARE_MS: a chip that asks again (after a push, an undo) was told the
 * state changed, and reads it afresh. A shared read is dropped at any write to the handled log, the
 * claims or the kv table (the server clock), made here or, through Dexie's broadcast, in another
 * context; a write that lands while the read is under way leaves its answer to the ask that made it
 * (it was true when read) and to no other. A shared claim is checked against the clock again when
 * it is taken: claims expire without a write.
 */
export class SharedStateReads {
  private readonly shared = new BoundedMap<string, { at: number; state: Promise<PostState | undefined> }>(SHARED);

  constructor(
    private readonly database: KizukiDatabase = defaultDb,
    private readonly read: Read = getPostStatesDirect,
  ) {
    // For the worker's life: it keeps one of these (tabPostStates).
    onTablesChanged(database, ['handled', 'claims', 'kv'], () => this.shared.clear());
  }

  /**
   * The states of `postIds` at `now`, as getPostStatesDirect answers (posts with no record and no live
   * claim are absent): a shared read's answer where there is one, else read. With `share`, what this
   * ask reads is shared with the next ask for the same posts.
   */
  async get(postIds: readonly string[], now: number, share = false): Promise<Record<string, PostState>> {
    const ids = [...new Set(postIds)];
    const asked = ids.map((id) => this.take(id, now));
    if (asked.includes(undefined)) {
      const reading = this.read(this.database, ids.filter((_id, i) => !asked[i]), now);
      ids.forEach((id, i) => {
        if (asked[i]) return;
        const state = reading.then((states) => states[id]);
        asked[i] = state;
        if (!share) return;
        const entry = { at: now, state };
        this.shared.set(id, entry);
        // A failed read is not shared: the next ask reads again.
        state.catch(() => this.shared.get(id) === entry && this.shared.delete(id));
      });
    }
    const found = await Promise.all(asked);
    const states: Record<string, PostState> = {};
    ids.forEach((id, i) => {
      const state = found[i];
      if (!state) return;
      // A copy: askers add to their answer (the chips' deadline and category).
      const claim = state.claim && state.claim.expiresAt > now ? state.claim : null;
      if (state.handled.length || claim) states[id] = { handled: state.handled, claim };
    });
    return states;
  }

  /** How many reads wait to be taken. */
  get size(): number {
    return this.shared.size;
  }

  /** A shared read of `id` still fresh at `now`, taken (no one else gets it), or undefined. */
  private take(id: string, now: number): Promise<PostState | undefined> | undefined {
    const entry = this.shared.get(id);
    if (!entry) return undefined;
    this.shared.delete(id);
    return now - entry.at <= SHARE_MS ? entry.state : undefined;
  }
}

let reads: SharedStateReads | undefined;

/** The worker's post-state reads for the tabs' seen reports (`share`: the chips will ask next) and chips. */
export const tabPostStates = (postIds: readonly string[], now: number, share = false): Promise<Record<string, PostState>> =>
  (reads ??= new SharedStateReads()).get(postIds, now, share);
