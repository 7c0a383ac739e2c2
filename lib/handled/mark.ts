import type { Category } from '../categories';
import type { KizukiDatabase } from '../db/database';
import type { HandledAction, HandledRecord, PostSummary } from '../contract/records';
import type { Operator } from '../settings/operator';

export interface MarkInput {
  post: PostSummary;
  action: HandledAction;
  replyText?: string;
  note?: string;
  overriddenChecks?: string[];
  /** The category the operator confirmed (a correction, or the category shown when they acted). */
  confirmedCategory?: Category;
}

/** Signal and urgency terms of a post, once each: what reports count as complaint terms. */
export function signalTerms(matches: PostSummary['matches']): string[] {
  return [...new Set(matches.filter((m) => m.kind !== 'brand').map((m) => m.term))];
}

/**
 * The record an operator's click creates. Only what the log, reports and sync need: not the post
 * author's display name, no counts. Optional fields are left out rather than stored empty.
 */
export function recordFromPost(input: MarkInput, operator: Operator, now: number): HandledRecord {
  const { post, action, replyText, note } = input;
  const record: HandledRecord = {
    postId: post.postId,
    operator: operator.id,
    operatorName: operator.name,
    url: post.url,
    authorHandle: post.authorHandle,
    category: post.category,
    priority: post.priority,
    brands: [...post.brands],
    action,
    handledAt: now,
    publishedAt: post.publishedAt,
    text: post.text,
    terms: signalTerms(post.matches),
    sync: 'local',
  };
  if (replyText?.trim()) record.replyText = replyText;
  if (note?.trim()) record.note = note;
  if (input.overriddenChecks?.length) record.overriddenChecks = [...new Set(input.overriddenChecks)];
  if (input.confirmedCategory) record.confirmedCategory = input.confirmedCategory;
  return record;
}

export interface MarkResult {
  record: HandledRecord;
  created: boolean;
}

/**
 * Records that `operator` handled a post. Records are created, never updated: a second click by the
 * same operator returns the first record instead of rewriting its time or action. The record and its
 * outbox entry are written in ONE transaction: a failure between them must not leave a record that
 * is never sent while the status says nothing is pending. `enqueue` writes to `db.outbox`.
 */
export async function markHandled(
  db: KizukiDatabase,
  input: MarkInput,
  operator: Operator,
  now: number,
  enqueue: (record: HandledRecord) => Promise<void>,
): Promise<MarkResult> {
  const record = recordFromPost(input, operator, now);
  const existing = await db.transaction('rw', db.handled, db.outbox, async () => {
    const found = await db.handled.get([record.postId, record.operator]);
    if (found) return found;
    await db.handled.add(record);
    await enqueue(record);
    return undefined;
  });
  if (existing) return { record: existing, created: false };
  return { record, created: true };
}
