import type { PostState } from '../contract/post-state';
import type { SeenPost } from '../contract/records';
import { queueIndexOf } from './queue-order';
import type { Queue } from './seen-posts';

/**
 * The side panel's queue in memory, kept sorted while posts arrive: a batch of newly seen posts is
 * merged in by binary search (its rows and their states only), never by re-reading and re-sorting
 * the whole queue, which at thousands of posts took the panel seconds per batch. Each change gives
 * new `posts`/`states` objects, so React sees it; unchanged rows keep their identity.
 */
export class QueueModel {
  private byId = new Map<string, SeenPost>();
  posts: SeenPost[] = [];
  states: Record<string, PostState> = {};

  /** Starts again from a full read (opening the panel, a new window setting, rows deleted). */
  reset(queue: Queue): void {
    this.posts = queue.posts;
    this.states = queue.states;
    this.byId = new Map(queue.posts.map((p) => [p.postId, p]));
  }

  get size(): number {
    return this.posts.length;
  }

  /** Newly seen (or seen again) posts with their state: each takes its sorted place, replacing its older reading. */
  merge(rows: readonly SeenPost[], rowStates: Record<string, PostState>): void {
    if (rows.length === 0) return;
    const posts = this.posts.slice();
    const states = { ...this.states };
    for (const row of rows) {
      const old = this.byId.get(row.postId);
      if (old) posts.splice(queueIndexOf(posts, old), 1);
      posts.splice(queueIndexOf(posts, row), 0, row);
      this.byId.set(row.postId, row);
      const state = rowStates[row.postId];
      if (state) states[row.postId] = state;
      else delete states[row.postId];
    }
    this.posts = posts;
    this.states = states;
  }

  /** Post state read again for the whole queue (a post handled, undone, claimed — here or by a teammate). */
  setStates(states: Record<string, PostState>): void {
    this.states = states;
  }

  /** The clock moved: posts seen before the window leave, and claims that expired stop showing. */
  expire(now: number, windowStart: number): boolean {
    let changed = false;
    if (this.posts.some((p) => p.seenAt < windowStart)) {
      this.posts = this.posts.filter((p) => p.seenAt >= windowStart);
      this.byId = new Map(this.posts.map((p) => [p.postId, p]));
      changed = true;
    }
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
    return changed;
  }

  ids(): string[] {
    return this.posts.map((p) => p.postId);
  }

  snapshot(): Queue {
    return { posts: this.posts, states: this.states };
  }
}
