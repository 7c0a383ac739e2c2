import type { Category } from '../categories';
import type { PostState } from '../contract/post-state';
import type { SeenPost } from '../contract/records';
import { countByCategory, queueIndexOf } from './queue-order';
import { isHandled, type Queue } from './seen-posts';

/** The queue as the panel shows it: every post, the ones nobody handled, and both lists' counts per category. */
export interface QueueSnapshot extends Queue {
  /** The posts nobody has handled, in queue order (what the panel lists unless handled ones are asked for). */
  waiting: SeenPost[];
  counts: { all: Record<Category, number>; waiting: Record<Category, number> };
}

/**
 * The side panel's queue in memory, kept sorted while posts arrive: a batch of newly seen posts is
 * merged in by binary search (its rows and their states only), never by re-reading and re-sorting
 * the whole queue, which at thousands of posts took the panel seconds per batch. The waiting list
 * and the category counts are kept the same way, so that the view does not filter and count the
 * whole queue again for each new post. Each change gives new `posts`/`states` objects, so React sees
 * it; unchanged rows keep their identity.
 */
export class QueueModel {
  private byId = new Map<string, SeenPost>();
  posts: SeenPost[] = [];
  states: Record<string, PostState> = {};
  private waiting: SeenPost[] = [];
  private counts = { all: countByCategory([]), waiting: countByCategory([]) };
  /** No post was seen before this (it may be older than the oldest still queued): below the window's start, posts may have aged out. */
  private oldestSeenAt = Infinity;
  /** No claim expires before this. */
  private firstClaimExpiry = Infinity;

  /** Starts again from a full read (opening the panel, a new window setting, rows deleted). */
  reset(queue: Queue): void {
    this.posts = queue.posts;
    this.byId = new Map(queue.posts.map((p) => [p.postId, p]));
    this.setStates(queue.states);
  }

  get size(): number {
    return this.posts.length;
  }

  /**
   * Newly seen (or seen again) posts with their state: each takes its sorted place, replacing its
   * older reading. A row the queue already holds as it is (handed over by the worker, then read back
   * from the database), or holds from a later sighting, changes nothing; nor does a row `handedOver`
   * for a sighting the database already brought (it may have been relabelled since).
   *
   * States: rows read from the database come with their state read beside them, which counts even
   * for a row the queue already holds. A handed-over row's state was read by the worker before its
   * write, and may be older than what the panel has read since (the operator's own mark a moment
   * ago): for a post already queued the panel keeps its own, which every write to the handled log or
   * claims refreshes; the state only comes with a post new to the queue. Returns whether anything changed.
   */
  merge(rows: readonly SeenPost[], rowStates: Record<string, PostState>, handedOver = false): boolean {
    const fresh: SeenPost[] = [];
    const restated: string[] = [];
    for (const row of rows) {
      if (!this.holds(row, handedOver)) fresh.push(row);
      else if (!handedOver && !sameState(this.states[row.postId], rowStates[row.postId])) restated.push(row.postId);
    }
    if (restated.length > 0) this.updateStates(restated, rowStates);
    if (fresh.length === 0) return restated.length > 0;
    if (handedOver) {
      rowStates = { ...rowStates };
      for (const row of fresh) {
        if (!this.byId.has(row.postId)) continue;
        const own = this.states[row.postId];
        if (own) rowStates[row.postId] = own;
        else delete rowStates[row.postId];
      }
    }
    const posts = this.posts.slice();
    const waiting = this.waiting.slice();
    const counts = { all: { ...this.counts.all }, waiting: { ...this.counts.waiting } };
    // States are copied only when one changes: a new object would make the view rebuild its per-state maps.
    let states = this.states;
    for (const row of fresh) {
      const old = this.byId.get(row.postId);
      if (old) {
        posts.splice(queueIndexOf(posts, old), 1);
        counts.all[old.category] -= 1;
        if (!isHandled(states, old.postId)) {
          waiting.splice(queueIndexOf(waiting, old), 1);
          counts.waiting[old.category] -= 1;
        }
      }
      const state = rowStates[row.postId];
      if (state || states[row.postId]) {
        if (states === this.states) states = { ...this.states };
        if (state) states[row.postId] = state;
        else delete states[row.postId];
      }
      posts.splice(queueIndexOf(posts, row), 0, row);
      counts.all[row.category] += 1;
      if (!isHandled(states, row.postId)) {
        waiting.splice(queueIndexOf(waiting, row), 0, row);
        counts.waiting[row.category] += 1;
      }
      this.byId.set(row.postId, row);
      this.oldestSeenAt = Math.min(this.oldestSeenAt, row.seenAt);
      if (state?.claim) this.firstClaimExpiry = Math.min(this.firstClaimExpiry, state.claim.expiresAt);
    }
    this.posts = posts;
    this.states = states;
    this.waiting = waiting;
    this.counts = counts;
    return true;
  }

  /** Whether the queue already shows this sighting of the post, or a later one. */
  private holds(row: SeenPost, handedOver: boolean): boolean {
    const old = this.byId.get(row.postId);
    if (!old || old.seenAt < row.seenAt) return false;
    if (old.seenAt > row.seenAt || handedOver) return true;
    // The same sighting read back, unless the post was relabelled since (same time, another reading).
    return old.category === row.category && old.priority === row.priority && old.decidedBy === row.decidedBy && old.text === row.text && old.tabId === row.tabId;
  }

  /** Post state read again for the whole queue (a post handled, undone, claimed — here or by a teammate). */
  setStates(states: Record<string, PostState>): void {
    this.states = states;
    this.derive();
  }

  /** The state of some posts read again (`states` holds those that have one): the others keep theirs. */
  updateStates(postIds: Iterable<string>, states: Record<string, PostState>): void {
    const next = { ...this.states };
    for (const id of postIds) {
      if (states[id]) next[id] = states[id];
      else delete next[id];
    }
    this.setStates(next);
  }

  /** Which of these posts are queued. */
  queued(postIds: Iterable<string>): string[] {
    return [...postIds].filter((id) => this.byId.has(id));
  }

  /** The waiting list, the counts and the clock marks, worked out from the whole queue (after a full read or a state change). */
  private derive(): void {
    this.waiting = this.posts.filter((p) => !isHandled(this.states, p.postId));
    this.counts = { all: countByCategory(this.posts), waiting: countByCategory(this.waiting) };
    this.oldestSeenAt = this.posts.reduce((min, p) => Math.min(min, p.seenAt), Infinity);
    this.firstClaimExpiry = Object.values(this.states).reduce((min, s) => (s.claim ? Math.min(min, s.claim.expiresAt) : min), Infinity);
  }

  /** The clock moved: posts seen before the window leave, and claims that expired stop showing. */
  expire(now: number, windowStart: number): boolean {
    let changed = false;
    // Both checks cost nothing until something may have aged: this runs after every batch.
    if (this.oldestSeenAt < windowStart) {
      const posts = this.posts.filter((p) => p.seenAt >= windowStart);
      if (posts.length !== this.posts.length) {
        this.posts = posts;
        this.byId = new Map(posts.map((p) => [p.postId, p]));
        changed = true;
      }
    }
    if (this.firstClaimExpiry <= now) {
      const expired = Object.entries(this.states).filter(([, s]) => s.claim && s.claim.expiresAt <= now);
      if (expired.length) {
        const states = { ...this.states };
        for (const [id, s] of expired) {
          if (s.handled.length) states[id] = { ...s, claim: null };
          else delete states[id];
        }
        this.states = states;
        changed = true;
      }
    }
    if (changed || this.oldestSeenAt < windowStart || this.firstClaimExpiry <= now) this.derive();
    return changed;
  }

  ids(): string[] {
    return this.posts.map((p) => p.postId);
  }

  snapshot(): QueueSnapshot {
    return { posts: this.posts, states: this.states, waiting: this.waiting, counts: this.counts };
  }
}

/** Whether two reads of a post's state say the same (both absent counts as the same). */
function sameState(a: PostState | undefined, b: PostState | undefined): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
