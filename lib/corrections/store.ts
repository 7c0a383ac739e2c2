import type { Category } from '../categories';
import { CORRECTION_TEXT_MAX, type CorrectionRecord } from '../contract/corrections';
import type { PostSummary } from '../contract/records';
import type { KizukiDatabase } from '../db/database';
import { keptUntilWritten } from '../db/on-tables-changed';
import type { Operator } from '../settings/operator';

// The corrections table: written by the operator's click (chip or queue), by the team pull, and
// read by the learned model, the chips' and queue's category, the handled record and the export.

export interface CorrectionInput {
  post: Pick<PostSummary, 'postId' | 'text' | 'brands' | 'category'>;
  category: Category;
}

/**
 * Records that `operator` says the post is `category`. Correcting again replaces the operator's own
 * earlier correction (and sends it again); confirming what is already recorded changes nothing.
 */
export async function recordCorrection(db: KizukiDatabase, input: CorrectionInput, operator: Operator, now: number): Promise<{ record: CorrectionRecord; changed: boolean }> {
  const { post, category } = input;
  return db.transaction('rw', db.corrections, async () => {
    const found = await db.corrections.get([post.postId, operator.id]);
    if (found?.category === category) return { record: found, changed: false };
    const record: CorrectionRecord = {
      postId: post.postId,
      operator: operator.id,
      operatorName: operator.name,
      category,
      // A re-correction keeps what Kizuki first said, not the operator's own earlier choice.
      previousCategory: found?.previousCategory ?? post.category,
      text: post.text.slice(0, CORRECTION_TEXT_MAX),
      brands: post.brands.slice(0, 50),
      correctedAt: now,
      sync: 'local',
    };
    await db.corrections.put(record);
    return { record, changed: true };
  });
}

/** The team's category of every corrected post, kept until a write to the corrections. */
const allCorrected = keptUntilWritten(['corrections'], async (db) => latestByPost(await db.corrections.toArray()));

/**
 * The team's category for each post someone corrected: the latest correction wins. Asked for every
 * report a tab sends, about posts that nobody has corrected, nearly all of them: a look-up of each
 * post in the table cost the worker a transaction per report (7 % of its busy time in a soak).
 * Corrections are few (the team's clicks), so the table is read whole once and its answer kept until
 * a write to it, made here, in the panel or by the team's pull.
 */
export async function correctedCategories(db: KizukiDatabase, postIds: readonly string[]): Promise<Map<string, Category>> {
  const latest = await allCorrected(db);
  const found = new Map<string, Category>();
  for (const id of postIds) {
    const category = latest.get(id);
    if (category) found.set(id, category);
  }
  return found;
}

function latestByPost(rows: readonly CorrectionRecord[]): Map<string, Category> {
  const latest = new Map<string, CorrectionRecord>();
  for (const r of rows) {
    const before = latest.get(r.postId);
    if (!before || r.correctedAt > before.correctedAt) latest.set(r.postId, r);
  }
  return new Map([...latest].map(([id, r]) => [id, r.category]));
}

/** What the learned layer trains on: each corrected post once, with the team's latest category. */
export async function trainingSet(db: KizukiDatabase): Promise<{ text: string; category: Category }[]> {
  const rows = await db.corrections.orderBy('correctedAt').toArray();
  const categories = latestByPost(rows);
  const texts = new Map(rows.map((r) => [r.postId, r.text]));
  return [...categories].map(([id, category]) => ({ text: texts.get(id)!, category }));
}
