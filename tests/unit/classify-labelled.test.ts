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

interface Labelled { id: string; text: string; category: Category; brands: string[]; split: 'tuning' | 'holdout' }

const rows = readFileSync(path.join(import.meta.dirname, 'fixtures/labelled-posts.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as Labelled);
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
  };
  for (const split of ['tuning', 'holdout'] as const) {
    it(`meets precision/recall floors on the ${split} posts`, () => {
      const set = rows.filter((r) => r.split === split);
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
});
