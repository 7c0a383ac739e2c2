import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClassifier } from '../lib/classify/classifier';
import { compileSpec } from '../lib/classify/compile-spec';
import type { Classification } from '../lib/classify/types';
import demoPack from '../lib/pack/demo-pack.json';
import { packSchema } from '../lib/pack/schema';
import { evaluate, formatEvaluation, labelledSets, queueReader } from './labelled-sets';

// How well does the classifier do? First on every hand-labelled set in tests/unit/fixtures (demo pack +
// built-ins: per-category precision/recall, accuracy, brand F1), then: how well do the built-in
// complaint and praise signals tell negative from positive Japanese? Measured on the JRTE polarity
// sample (hotel reviews with human labels, CC BY-NC-SA 4.0), read at run time from ../shared/data next
// to the repository and never copied into it.
//   npx tsx scripts/measure-signals.ts [path/to/jrte_pn_sample_2000.csv]

const root = path.resolve(import.meta.dirname, '..');
const file = process.argv[2] ?? path.resolve(root, '../shared/data/jrte-pn/jrte_pn_sample_2000.csv');
// Exported pieces are tested in tests/unit/classify-polarity.test.ts on a small CSV of the same shape.

type Polarity = 'positive' | 'negative' | 'neutral';
type Predicted = 'negative' | 'positive' | 'none';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The category the classifier picks, read as polarity: complaint = negative, praise = positive. */
function byCategory(c: Classification): Predicted {
  return c.category === 'complaint' ? 'negative' : c.category === 'praise' ? 'positive' : 'none';
}

/** Only the complaint and praise spans, whatever the category (questions and requests set aside). */
function bySpans(c: Classification): Predicted {
  const neg = c.matches.filter((m) => m.kind === 'complaint').length;
  const pos = c.matches.filter((m) => m.kind === 'praise').length;
  return neg > pos ? 'negative' : pos > neg ? 'positive' : 'none';
}

function report(name: string, rows: PolarityRow[]): void {
  const count = (p: Polarity, q: Predicted) => rows.filter((r) => r.polarity === p && r.predicted === q).length;
  console.log(`\n${name}`);
  console.log('| label \\ predicted | negative | positive | none |');
  console.log('|-------------------|----------|----------|------|');
  for (const p of ['negative', 'positive', 'neutral'] as const) {
    console.log(`| ${p.padEnd(17)} | ${String(count(p, 'negative')).padStart(8)} | ${String(count(p, 'positive')).padStart(8)} | ${String(count(p, 'none')).padStart(4)} |`);
  }
  for (const p of ['negative', 'positive'] as const) {
    const { precision, recall } = precisionRecall(rows, p);
    console.log(`${p}: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${count(p, p)}/${rows.filter((r) => r.polarity === p).length})`);
  }
  const polar = rows.filter((r) => r.polarity !== 'neutral');
  const decided = polar.filter((r) => r.predicted !== 'none');
  const right = decided.filter((r) => r.predicted === r.polarity).length;
  console.log(`coverage of polar sentences ${(decided.length / polar.length).toFixed(2)}; accuracy where decided ${(right / Math.max(1, decided.length)).toFixed(2)}`);
}

export interface PolarityRow {
  polarity: Polarity;
  predicted: Predicted;
}

/** Classifies every sentence of a JRTE-shaped CSV (id,text,polarity,…) with the built-in signals only. */
export function measure(csv: string): { byCategory: PolarityRow[]; bySpans: PolarityRow[] } {
  const [header, ...body] = parseCsv(csv).filter((r) => r.length > 1);
  const col = (name: string) => header!.indexOf(name);
  const { classify } = createClassifier(compileSpec([])); // built-in signals only, no pack
  const classified = body.map((r) => ({ polarity: r[col('polarity')] as Polarity, result: classify({ id: r[col('id')]!, text: r[col('text')]! }) }));
  return {
    byCategory: classified.map((c) => ({ polarity: c.polarity, predicted: byCategory(c.result) })),
    bySpans: classified.map((c) => ({ polarity: c.polarity, predicted: bySpans(c.result) })),
  };
}

/** Precision and recall of one polarity. */
export function precisionRecall(rows: PolarityRow[], p: 'negative' | 'positive') {
  const tp = rows.filter((r) => r.polarity === p && r.predicted === p).length;
  const predicted = rows.filter((r) => r.predicted === p).length;
  const actual = rows.filter((r) => r.polarity === p).length;
  return { precision: tp / Math.max(1, predicted), recall: tp / Math.max(1, actual) };
}

function main(): void {
  const classifier = createClassifier(compileSpec([packSchema.parse(demoPack)]));
  const sets = labelledSets();
  for (const [name, rows] of Object.entries(sets)) {
    console.log(`\n${formatEvaluation(`${name}, rules (page)`, evaluate(classifier.classify, rows), rows.length)}`);
    console.log(`${formatEvaluation(`${name}, as the queue shows it`, evaluate(queueReader(classifier, name, sets), rows), rows.length)}`);
  }
  console.log('');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found (the JRTE sample lives in ../shared/data next to the repository)`);
    return;
  }
  const { byCategory: cat, bySpans: spans } = measure(readFileSync(file, 'utf8'));
  const counts = ['negative', 'positive', 'neutral'].map((p) => `${p} ${cat.filter((c) => c.polarity === p).length}`).join(', ');
  console.log(`JRTE sample: ${cat.length} sentences (${counts})`);
  report('by category (complaint → negative, praise → positive)', cat);
  report('by complaint vs praise spans only', spans);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) main();
