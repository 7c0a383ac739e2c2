import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, type Category } from '../lib/categories';
import { BASE_CORPUS_HELD_OUT, baseModel, trainBaseModel } from '../lib/classify/base-model';
import type { createClassifier } from '../lib/classify/classifier';
import { classifyWithLearning, withoutBrands } from '../lib/classify/combine';
import type { Classification, PostInput } from '../lib/classify/types';

// The hand-labelled post sets in tests/unit/fixtures and how a classifier scores on them: per-category
// precision and recall, category accuracy (all posts and brand posts only) and brand F1. Shared by
// tests/unit/classify-labelled.test.ts and scripts/measure-signals.ts so both print the same figures.

export interface LabelledPost {
  id: string;
  text: string;
  category: Category;
  brands: string[];
  split: string;
  /** Handles X shows the post as replying to (「返信先: @…」), when the post is a reply. */
  replyTo?: string[];
}

const FIXTURES = path.resolve(import.meta.dirname, '../tests/unit/fixtures');

export function readLabelled(file: string): LabelledPost[] {
  return readFileSync(path.join(FIXTURES, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledPost);
}

/** Every set by name. "tuning" and "holdout" share one file; the "dev" sets are where rule work is tuned,
 * except those held out (base-model.ts BASE_CORPUS_HELD_OUT: dev9, dev11, dev13, dev15, dev16);
 * "unseen" and "unseen2" are never tuned on (each one's first run was recorded before any rule changed). */
export function labelledSets(): Record<string, LabelledPost[]> {
  const main = readLabelled('labelled-posts.jsonl');
  return {
    tuning: main.filter((r) => r.split === 'tuning'),
    holdout: main.filter((r) => r.split === 'holdout'),
    blind: readLabelled('labelled-posts-blind.jsonl'),
    fresh: readLabelled('labelled-posts-fresh.jsonl'),
    dev: readLabelled('labelled-posts-dev.jsonl'),
    dev2: readLabelled('labelled-posts-dev2.jsonl'),
    dev3: readLabelled('labelled-posts-dev3.jsonl'),
    dev4: readLabelled('labelled-posts-dev4.jsonl'),
    dev5: readLabelled('labelled-posts-dev5.jsonl'),
    dev6: readLabelled('labelled-posts-dev6.jsonl'),
    dev7: readLabelled('labelled-posts-dev7.jsonl'),
    dev8: readLabelled('labelled-posts-dev8.jsonl'),
    dev9: readLabelled('labelled-posts-dev9.jsonl'),
    dev10: readLabelled('labelled-posts-dev10.jsonl'),
    dev11: readLabelled('labelled-posts-dev11.jsonl'),
    dev12: readLabelled('labelled-posts-dev12.jsonl'),
    dev13: readLabelled('labelled-posts-dev13.jsonl'),
    dev14: readLabelled('labelled-posts-dev14.jsonl'),
    dev15: readLabelled('labelled-posts-dev15.jsonl'),
    dev16: readLabelled('labelled-posts-dev16.jsonl'),
    unseen: readLabelled('labelled-posts-unseen.jsonl'),
    unseen2: readLabelled('labelled-posts-unseen2.jsonl'),
  };
}

export function toInput(row: LabelledPost): PostInput {
  return { id: row.id, text: row.text, replyTo: row.replyTo };
}

export interface CategoryRow { category: Category; n: number; precision: number; recall: number }
export interface Evaluation {
  table: CategoryRow[];
  accuracy: number;
  /** Category accuracy on the posts labelled with a brand (the ones an operator's queue holds). */
  brandPostAccuracy: number;
  brandExact: number;
  brandF1: number;
  misses: { row: LabelledPost; got: Category }[];
}

export function evaluate(classify: (post: PostInput) => Pick<Classification, 'category' | 'brands'>, rows: LabelledPost[]): Evaluation {
  const stats = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let brandsRight = 0;
  let brandTp = 0;
  let brandFp = 0;
  let brandFn = 0;
  let brandPosts = 0;
  let brandPostsRight = 0;
  const misses: Evaluation['misses'] = [];
  for (const row of rows) {
    const r = classify(toInput(row));
    const got = new Set(r.brands);
    if ([...got].sort().join() === [...row.brands].sort().join()) brandsRight++;
    for (const b of row.brands) if (got.has(b)) brandTp++; else brandFn++;
    for (const b of got) if (!row.brands.includes(b)) brandFp++;
    if (row.brands.length > 0) {
      brandPosts++;
      if (r.category === row.category) brandPostsRight++;
    }
    if (r.category === row.category) stats[row.category]!.tp++;
    else {
      stats[r.category]!.fp++;
      stats[row.category]!.fn++;
      misses.push({ row, got: r.category });
    }
  }
  const table = CATEGORIES.map((c) => {
    const { tp, fp, fn } = stats[c]!;
    return { category: c, n: tp + fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
  });
  const accuracy = table.reduce((s, r) => s + r.recall * r.n, 0) / Math.max(1, rows.length);
  const brandF1 = (2 * brandTp) / Math.max(1, 2 * brandTp + brandFp + brandFn);
  return { table, accuracy, brandPostAccuracy: brandPostsRight / Math.max(1, brandPosts), brandExact: brandsRight / Math.max(1, rows.length), brandF1, misses };
}

export function formatEvaluation(name: string, e: Evaluation, n: number): string {
  const lines = e.table.map((r) => `| ${r.category.padEnd(9)} | ${String(r.n).padStart(3)} | ${r.precision.toFixed(2)} | ${r.recall.toFixed(2)} |`);
  return [
    `${name} (${n} posts) accuracy ${e.accuracy.toFixed(2)} (brand posts ${e.brandPostAccuracy.toFixed(2)}), brand F1 ${e.brandF1.toFixed(3)}, brands exact ${e.brandExact.toFixed(2)}`,
    '| category  |   n | P    | R    |', '|-----------|-----|------|------|', ...lines,
  ].join('\n');
}

/**
 * The category the queue shows for a set's posts: the rules, and for brand posts they leave as `other`
 * the background's second reading (no team corrections). Its model of labelled posts never holds the
 * set being measured: a held-out set is read with the shipped model, a development set with one
 * trained on the other development sets, so every figure is one for posts the model has not seen.
 */
export function queueReader(classifier: ReturnType<typeof createClassifier>, name: string, sets: Record<string, LabelledPost[]>) {
  const model = BASE_CORPUS_HELD_OUT.includes(name)
    ? baseModel()
    : trainBaseModel(Object.entries(sets).filter(([n]) => n !== name && !BASE_CORPUS_HELD_OUT.includes(n)).flatMap(([, rows]) => rows)
      .map((r) => ({ category: r.category, text: withoutBrands(r.text, classifier.classify(toInput(r))).replace(/\s+/g, ' ').trim() })));
  return (post: PostInput) => classifyWithLearning(post, classifier, null, { secondReading: model });
}
