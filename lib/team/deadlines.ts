import type { Pack, ReplyDeadline } from '../pack/schema';
import { CATEGORIES, type Category } from '../categories';
import { dayKey, dayOfNumber, zoneClock, type ZoneClock } from './zoned-time';

// Reply deadlines (e.g. "within 24 hours", or "within 4 business hours, Mon–Fri 9:00–18:00 Tokyo").
// A post's clock starts when it was posted (when X did not say, when it was first seen) and, with
// business hours, runs only inside them: overnight, on days off and on holidays it stops.

export type DeadlinePolicy = ReplyDeadline;

/** Beyond this a deadline is treated as never (only reachable with a tiny window and a long limit). */
const MAX_DAYS = 3660;

type Window = { open: number; close: number } | null;

/**
 * A policy's business hours, ready to use: each local day's window (its opening and closing
 * instants, or null on a day off) is worked out once and kept, so the thousands of posts of an inbox
 * cost a few map lookups each.
 */
class BusinessCalendar {
  private readonly days: Set<number>;
  private readonly holidays: Set<string>;
  private readonly open: number;
  private readonly close: number;
  private readonly clock: ZoneClock;
  private readonly windows = new Map<number, Window>();

  constructor(hours: NonNullable<DeadlinePolicy['businessHours']>) {
    this.days = new Set(hours.days.map((d) => (d === 0 ? 7 : d)));
    this.holidays = new Set(hours.holidays ?? []);
    this.open = minutesOf(hours.start);
    this.close = minutesOf(hours.end);
    this.clock = zoneClock(hours.timeZone);
  }

  dayNumber(t: number): number {
    return this.clock.dayNumber(t);
  }

  window(dayNumber: number): Window {
    let w = this.windows.get(dayNumber);
    if (w === undefined) {
      const day = dayOfNumber(dayNumber);
      const working = this.days.has(day.weekday) && !(this.holidays.size > 0 && this.holidays.has(dayKey(day)));
      w = working ? { open: this.clock.instantAt(dayNumber, this.open), close: this.clock.instantAt(dayNumber, this.close) } : null;
      if (this.windows.size > 50_000) this.windows.clear();
      this.windows.set(dayNumber, w);
    }
    return w;
  }
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/**
 * One calendar per set of business hours, by content: the policy is read afresh from the packs at
 * each inbox load (a new object each time), and its days' windows need not be worked out again.
 * A team has one policy at a time; the few kept cover a pack being edited.
 */
const calendars = new Map<string, BusinessCalendar>();
const MAX_CALENDARS = 8;

function calendarOf(hours: NonNullable<DeadlinePolicy['businessHours']>): BusinessCalendar {
  const key = JSON.stringify([hours.timeZone, hours.start, hours.end, hours.days, hours.holidays ?? []]);
  let c = calendars.get(key);
  if (!c) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    calendars.set(key, (c = new BusinessCalendar(hours)));
  }
  return c;
}

/** The instant by which a post whose clock started at `start` must be answered. */
export function deadlineFor(start: number, policy: DeadlinePolicy): number {
  const limit = policy.replyWithinMinutes * 60_000;
  if (!policy.businessHours) return start + limit;
  const calendar = calendarOf(policy.businessHours);
  let remaining = limit;
  let day = calendar.dayNumber(start);
  for (let i = 0; i < MAX_DAYS; i++, day++) {
    const w = calendar.window(day);
    if (!w) continue;
    const from = Math.max(start, w.open);
    if (from >= w.close) continue;
    if (w.close - from >= remaining) return from + remaining;
    remaining -= w.close - from;
  }
  return Infinity;
}

export interface Timed {
  publishedAt: number | null;
  seenAt: number;
}

/** When the post's clock started: its publication, or when first seen if X did not say. */
const clockStart = (post: Timed) => post.publishedAt ?? post.seenAt;

export function deadlineOf(post: Timed, policy: DeadlinePolicy | null): number {
  return policy ? deadlineFor(clockStart(post), policy) : Infinity;
}

export function isOverdue(post: Timed, policy: DeadlinePolicy | null, now: number): boolean {
  return policy !== null && now > deadlineOf(post, policy);
}

/** The team's policy: the first enabled pack (in precedence order) that sets one. */
export function resolveDeadlinePolicy(packs: readonly Pack[]): DeadlinePolicy | null {
  return packs.find((p) => p.replyDeadline)?.replyDeadline ?? null;
}

export interface Urgent extends Timed {
  postId: string;
  priority: number;
  category: Category;
}

/** A post with its deadline worked out once, for sorting. */
export interface Keyed<T> {
  item: T;
  deadline: number;
  overdue: boolean;
}

export function keyed<T extends Urgent>(item: T, policy: DeadlinePolicy | null, now: number): Keyed<T> {
  const deadline = deadlineOf(item, policy);
  return { item, deadline, overdue: now > deadline };
}

/**
 * Most urgent first: overdue posts first (the longest overdue first), then by priority, then the
 * nearest deadline, then the newest (the queue's order when no deadline is set).
 */
export function compareUrgency<T extends Urgent>(a: Keyed<T>, b: Keyed<T>): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.overdue && a.deadline !== b.deadline) return a.deadline - b.deadline;
  if (a.item.priority !== b.item.priority) return b.item.priority - a.item.priority;
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  const when = clockStart(b.item) - clockStart(a.item);
  return when !== 0 ? when : a.item.postId < b.item.postId ? -1 : a.item.postId > b.item.postId ? 1 : 0;
}

/** The queue's order with overdue posts first; any one category's view therefore lists its overdue first. */
export function sortByUrgency<T extends Urgent>(posts: readonly T[], policy: DeadlinePolicy | null, now: number): T[] {
  return posts.map((p) => keyed(p, policy, now)).sort(compareUrgency).map((k) => k.item);
}

/** Grouped by category in the UI's order, overdue first within each. */
export function sortOverdueFirstWithinCategory<T extends Urgent>(posts: readonly T[], policy: DeadlinePolicy | null, now: number): T[] {
  const rank = (c: Category) => CATEGORIES.indexOf(c);
  return posts
    .map((p) => keyed(p, policy, now))
    .sort((a, b) => rank(a.item.category) - rank(b.item.category) || compareUrgency(a, b))
    .map((k) => k.item);
}
