import type { HandledAction, HandledRecord } from '../db/records';
import type { PostSummary } from '../messages/protocol';

export interface MarkInput {
  post: PostSummary;
  action: HandledAction;
  replyText?: string;
  note?: string;
}

/** Signal and urgency terms of a post, once each: what reports count as complaint terms. */
export function signalTerms(matches: PostSummary['matches']): string[] {
  return [...new Set(matches.filter((m) => m.kind !== 'brand').map((m) => m.term))];
}

/**
 * The record an operator's click creates. Only what the log, reports and sync need: no display name,
 * no counts. Optional fields are left out rather than stored empty.
 */
export function recordFromPost(input: MarkInput, operator: string, now: number): HandledRecord {
  const { post, action, replyText, note } = input;
  const record: HandledRecord = {
    postId: post.postId,
    operator,
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
  return record;
}
