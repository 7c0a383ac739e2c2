import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../lib/categories';
import { createClassifier } from '../../lib/classify/classifier';
import { compileSpec } from '../../lib/classify/compile-spec';
import demoPack from '../../lib/pack/demo-pack.json';
import { packSchema } from '../../lib/pack/schema';

// Per-category precision/recall on hand-written posts about the demo brands. "tuning" posts were
// used while writing the signal lists. "holdout" posts were written before their first run; their
// first-run figures are the honest estimate for unseen posts (recorded in the README), later
// vocabulary work has seen their misses. Floors sit below the measured figures, so a regression fails.

interface Labelled { id: string; text: string; category: Category; brands: string[]; split: 'tuning' | 'holdout' | 'blind' | 'fresh' }

const readRows = (file: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Labelled);
const rows = readRows('labelled-posts.jsonl');
// Written blind: 100 colloquial posts (75 Japanese) committed before their writer read the classifier
// or the other labelled posts. First run, before any vocabulary work: accuracy 0.70; complaint P 1.00
// R 0.63, question P 0.82 R 0.70, request P 1.00 R 0.87, praise P 0.78 R 0.47, other P 0.36 R 0.93.
// The recall work that followed saw these misses, so later figures on this set are no longer blind.
const blindRows = readRows('labelled-posts-blind.jsonl');
// Written after that vocabulary work, deliberately in wording the word lists lack (ネット死ぬ, 全然溜まらん,
// signal is gone): 40 posts. First run with the new word lists alone: accuracy 0.40, complaint R 0.19
// (0.13 before them) — word lists barely generalise. The negative-verb rule (negative-verb.ts) was
// then added for this set's misses: complaint R 0.50, accuracy 0.53. The weakest figures here, and
// the most honest about unseen wording.
const freshRows = readRows('labelled-posts-fresh.jsonl');
const { classify } = createClassifier(compileSpec([packSchema.parse(demoPack)]));

function evaluate(set: Labelled[]) {
  const stats = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let brandsRight = 0;
  for (const row of set) {
    const r = classify({ id: row.id, text: row.text });
    if ([...r.brands].sort().join() === [...row.brands].sort().join()) brandsRight++;
    if (r.category === row.category) stats[row.category]!.tp++;
    else { stats[r.category]!.fp++; stats[row.category]!.fn++; }
  }
  const table = CATEGORIES.map((c) => {
    const { tp, fp, fn } = stats[c]!;
    return { category: c, n: tp + fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
  });
  const accuracy = table.reduce((s, r) => s + r.recall * r.n, 0) / set.length;
  return { table, accuracy, brandAccuracy: brandsRight / set.length };
}

function print(name: string, e: ReturnType<typeof evaluate>, n: number) {
  const lines = e.table.map((r) => `| ${r.category.padEnd(9)} | ${String(r.n).padStart(3)} | ${r.precision.toFixed(2)} | ${r.recall.toFixed(2)} |`);
  console.log([`${name} (${n} posts) accuracy ${e.accuracy.toFixed(2)}, brands exact ${e.brandAccuracy.toFixed(2)}`,
    '| category  |   n | P    | R    |', '|-----------|-----|------|------|', ...lines].join('\n'));
}

describe('labelled posts', () => {
  it('has at least 160 posts across every category, mostly Japanese', () => {
    expect(rows.length).toBeGreaterThanOrEqual(160);
    for (const c of CATEGORIES) expect(rows.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(15);
    const japanese = rows.filter((r) => /[\u3040-\u30ff]/.test(r.text)).length;
    expect(japanese / rows.length).toBeGreaterThan(0.75);
  });

  // Floors a little under the measured figures (see the printed tables). On unseen posts a missed
  // signal lands in "other", so other's precision is the weakest figure there.
  const floors = {
    tuning: { accuracy: 0.9, precision: 0.85, recall: 0.85, otherPrecision: 0.85 },
    holdout: { accuracy: 0.6, precision: 0.6, recall: 0.45, otherPrecision: 0.3 },
    blind: { accuracy: 0.85, precision: 0.85, recall: 0.7, otherPrecision: 0.6 },
    fresh: { accuracy: 0.45, precision: 0.4, recall: 0.3, otherPrecision: 0.2 },
  };
  const setOf = { blind: blindRows, fresh: freshRows } as Record<string, Labelled[]>;
  for (const split of ['tuning', 'holdout', 'blind', 'fresh'] as const) {
    it(`meets precision/recall floors on the ${split} posts`, () => {
      const set = setOf[split] ?? rows.filter((r) => r.split === split);
      const e = evaluate(set);
      const f = floors[split];
      print(split, e, set.length);
      expect(e.brandAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(e.accuracy).toBeGreaterThanOrEqual(f.accuracy);
      for (const r of e.table) {
        expect.soft(r.precision, `${r.category} precision`).toBeGreaterThanOrEqual(r.category === 'other' ? f.otherPrecision : f.precision);
        expect.soft(r.recall, `${r.category} recall`).toBeGreaterThanOrEqual(f.recall);
      }
    });
  }

  // Operators rely on complaints being caught: everyday trouble without a stock keyword (また落ちてる,
  // 充電が一瞬で減る, 三日待っても連絡なし, screen went black) must not fall into "other".
  it('catches at least 9 in 10 complaints of the blind posts', () => {
    const complaints = blindRows.filter((r) => r.category === 'complaint');
    const caught = complaints.filter((r) => classify({ id: r.id, text: r.text }).category === 'complaint');
    expect(complaints.length).toBeGreaterThanOrEqual(30);
    expect(caught.length / complaints.length).toBeGreaterThanOrEqual(0.9);
  });
});
