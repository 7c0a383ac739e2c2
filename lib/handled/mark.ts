import type { KizukiDatabase } from '../db/database';
import type { HandledRecord } from '../db/records';
import { recordFromPost, type MarkInput } from './record-from-post';

export type MarkResult = { ok: true; record: HandledRecord; created: boolean } | { ok: false; error: string };

/**
 * Records that `operator` handled a post. Records are created, never updated (GUIDE §4): a second
 * click by the same operator returns the first record instead of rewriting its time or action.
 */
export async function markHandled(
  db: KizukiDatabase,
  input: MarkInput,
  operator: string,
  now: number,
  enqueue: (record: HandledRecord) => Promise<void>,
): Promise<MarkResult> {
  const name = operator.trim();
  if (!name) return { ok: false, error: 'no-operator' };
  const record = recordFromPost(input, name, now);
  const created = await db.transaction('rw', db.handled, async () => {
    const existing = await db.handled.get([record.postId, name]);
    if (existing) return existing;
    await db.handled.add(record);
    return null;
  });
  if (created) return { ok: true, record: created, created: false };
  await enqueue(record);
  return { ok: true, record, created: true };
}
