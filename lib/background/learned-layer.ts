import { correctionsForTraining } from '../classify/combine';
import { isLearnedModel, trainLearnedModel, type LearnedModel } from '../classify/learned';
import type { PostSummary, SeenPost } from '../contract/records';
import { correctedCategories, trainingSet } from '../corrections/store';
import { labelPost } from '../corrections/label';
import { baseModelIfTrained, trainedBaseModel } from '../classify/base-model';
import { db as defaultDb, type KizukiDatabase } from '../db/database';
import { onTablesChanged } from '../db/on-tables-changed';
import { reportSyncConfig } from '../settings/operator';
import { currentSpec, reportSpec } from './handlers/spec-get';
import { notifyTabs } from './notify-tabs';

// The team's learned layer in the background: one model per team (the team id, '' without sync),
// retrained from the corrections table a moment after it changes (a burst of clicks or a pulled
// batch retrains once), stored serialised, and consulted for brand posts when a tab reports them
// and when a retrain or a correction relabels the queue. Never on the page: the model is far
// larger than the content script's budget.

const RETRAIN_DELAY_MS = 1500;

let loaded: { team: string; trainedAt: number; model: LearnedModel } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

const teamId = async () => (await reportSyncConfig())?.team ?? '';

/** The team whose model has none stored yet: every report asked the database again until one was trained. */
let noneFor: { team: string; database: KizukiDatabase } | null = null;
const watchedForModels = new WeakSet<KizukiDatabase>();

/** The current team's model, read from the database once and kept until a retrain replaces it. */
export async function currentModel(database: KizukiDatabase = defaultDb): Promise<LearnedModel | null> {
  if (!watchedForModels.has(database)) {
    watchedForModels.add(database);
    // A model written elsewhere (a test, a future import) is read again; retrain() sets its own.
    onTablesChanged(database, ['learnedModels'], () => void (noneFor = null));
  }
  const team = await teamId();
  if (loaded?.team === team) return loaded.model;
  if (noneFor?.team === team && noneFor.database === database) return null;
  const row = await database.learnedModels.get(team);
  if (!row || !isLearnedModel(row.model)) {
    noneFor = { team, database };
    return null;
  }
  loaded = { team, trainedAt: row.trainedAt, model: row.model };
  return row.model;
}

/** Trains the team's model from every stored correction, stores it and relabels the queue. */
export async function retrain(database: KizukiDatabase = defaultDb, now = Date.now()): Promise<LearnedModel> {
  const [team, spec, corrections] = await Promise.all([teamId(), currentSpec(), trainingSet(database)]);
  const model = trainLearnedModel(correctionsForTraining(corrections, spec));
  await database.learnedModels.put({ team, corrections: corrections.length, trainedAt: now, model });
  loaded = { team, trainedAt: now, model };
  await relabelSeen(database);
  return model;
}

/** Corrections changed: retrain once they settle. */
export function scheduleRetrain(database: KizukiDatabase = defaultDb): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    retrain(database).catch((error: unknown) => console.warn('kizuki: retraining the learned layer failed', error));
  }, RETRAIN_DELAY_MS);
}

/** Posts a tab reported, as the team sees them (corrections, learned layer). */
export async function labelPosts<P extends PostSummary>(posts: P[], database: KizukiDatabase = defaultDb): Promise<P[]> {
  if (posts.length === 0) return posts;
  const [corrected, spec, model] = await Promise.all([correctedCategories(database, posts.map((p) => p.postId)), reportSpec(), currentModel(database)]);
  // Until the second reading's model is trained (in a task of its own), posts go without it: whoever
  // reported them relabels them once it is (secondReadingLater).
  const reading = baseModelIfTrained();
  return posts.map((p) => labelPost(p, corrected.get(p.postId), spec, model, reading));
}

/**
 * When posts were labelled without the second reading (its model not trained yet since the worker
 * started), trains it and relabels them; resolves at once when there is nothing to do.
 */
export async function secondReadingLater(postIds: string[], labelledWithout: boolean, database: KizukiDatabase = defaultDb): Promise<void> {
  if (!labelledWithout || postIds.length === 0) return;
  await trainedBaseModel();
  await relabelSeen(database, postIds);
}

/**
 * Relabels the queue's posts (all, or some after a correction) and tells the tabs whose chips
 * now read differently. The queue is bounded by the open tabs, so this stays small.
 */
export async function relabelSeen(database: KizukiDatabase = defaultDb, postIds?: string[]): Promise<string[]> {
  const rows = postIds ? (await database.seenPosts.bulkGet(postIds)).filter((r): r is SeenPost => !!r) : await database.seenPosts.toArray();
  const labelled = await labelPosts(rows, database);
  const changed = labelled.filter((r, i) => r.category !== rows[i]!.category || r.decidedBy !== rows[i]!.decidedBy);
  if (changed.length === 0) return [];
  // Only the label fields: a tab may have re-reported the post (new tab id, new time) meanwhile.
  await database.transaction('rw', database.seenPosts, async () => {
    for (const r of changed) {
      await database.seenPosts.update(r.postId, { category: r.category, priority: r.priority, decidedBy: r.decidedBy, rulesCategory: r.rulesCategory, rulesPriority: r.rulesPriority });
    }
  });
  const ids = changed.map((r) => r.postId);
  void notifyTabs({ type: 'push/state-changed', postIds: ids }).catch(() => {});
  return ids;
}

/** The category the operator saw when acting: the team's correction, else the queue's label, else the reported one. */
export async function shownCategory(post: PostSummary, database: KizukiDatabase = defaultDb): Promise<PostSummary['category']> {
  const corrected = (await correctedCategories(database, [post.postId])).get(post.postId);
  return corrected ?? (await database.seenPosts.get(post.postId))?.category ?? post.category;
}
