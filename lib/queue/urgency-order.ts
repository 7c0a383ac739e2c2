import { compareUrgency, deadlineOf, type DeadlinePolicy, type Keyed, type Urgent } from '../team/deadlines';
import { sortedIndex } from './queue-order';

/** More new posts than this at once (a full read, a big batch): sorting again is cheaper than inserting each. */
const MAX_INSERTS = 64;

/**
 * The panel's order: what `sortByUrgency` gives for the queue's posts, kept up to date as batches of
 * posts arrive instead of sorted again for each one (at thousands of queued posts that sort was most
 * of the panel's time per batch). Given the posts in the queue's order (queue-order.ts):
 * - without a reply-deadline policy nothing is overdue and no deadline differs, so urgency is the
 *   queue's own order (priority, then newest, then id): the list is used as it is;
 * - with one, the order is sorted once per policy and clock tick (`now` changes every few seconds:
 *   posts become overdue), and between ticks new posts are put in their place by binary search and
 *   posts that left are filtered out. Each post's deadline is worked out once per post object.
 * The order is total (post ids break ties), so inserting gives exactly what a full sort gives.
 */
export class UrgencyOrder<T extends Urgent> {
  private policy: DeadlinePolicy | null = null;
  private now = NaN;
  private input: readonly T[] = [];
  private members = new Set<T>();
  private keyed: Keyed<T>[] = [];
  private items: readonly T[] = [];
  private overdueIds: ReadonlySet<string> = new Set();
  private deadlines = new WeakMap<T, number>();

  /** `posts` (in the queue's order) most urgent first. */
  order(posts: readonly T[], policy: DeadlinePolicy | null, now: number): readonly T[] {
    if (!policy) {
      this.policy = null;
      this.input = this.items = posts;
      this.members = new Set();
      this.keyed = [];
      this.overdueIds = NONE;
      return posts;
    }
    if (posts === this.input && policy === this.policy && now === this.now) return this.items;
    const sameClock = policy === this.policy && now === this.now;
    if (policy !== this.policy) {
      this.policy = policy;
      this.deadlines = new WeakMap();
    }
    const members = new Set(posts);
    const keyed = (sameClock ? this.update(posts, members, now) : null) ?? posts.map((p) => this.key(p, policy, now)).sort(compareUrgency);
    this.now = now;
    this.input = posts;
    this.members = members;
    this.keyed = keyed;
    this.items = keyed.map((k) => k.item);
    const overdue = new Set<string>();
    for (const k of keyed) {
      if (!k.overdue) break;
      overdue.add(k.item.postId);
    }
    this.overdueIds = overdue;
    return this.items;
  }

  /** The posts past their deadline in the last order (they lead it). */
  overdue(): ReadonlySet<string> {
    return this.overdueIds;
  }

  /** The last order with the posts that left taken out and the new ones put in; null when a full sort is cheaper. */
  private update(posts: readonly T[], members: ReadonlySet<T>, now: number): Keyed<T>[] | null {
    const added = posts.filter((p) => !this.members.has(p));
    if (added.length > MAX_INSERTS) return null;
    const keyed = posts.length - added.length === this.keyed.length ? this.keyed.slice() : this.keyed.filter((k) => members.has(k.item));
    for (const post of added) {
      const k = this.key(post, this.policy!, now);
      keyed.splice(sortedIndex(keyed, k, compareUrgency), 0, k);
    }
    return keyed;
  }

  private key(item: T, policy: DeadlinePolicy, now: number): Keyed<T> {
    let deadline = this.deadlines.get(item);
    if (deadline === undefined) this.deadlines.set(item, (deadline = deadlineOf(item, policy)));
    return { item, deadline, overdue: now > deadline };
  }
}

const NONE: ReadonlySet<string> = new Set();

