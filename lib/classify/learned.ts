import { CATEGORIES, type Category } from '../categories';
import { matchForm } from '../match/term-matcher';

// The team's own layer: a character n-gram naive Bayes model trained in-process on the categories
// operators confirmed or corrected. Character n-grams need no word segmentation (Japanese has no spaces)
// and catch a team's recurring wording (its products' symptoms, its customers' slang) that no built-in
// list names. Small and plain: counts per n-gram and category, serialisable as JSON, trained in
// milliseconds, so the background can rebuild it whenever corrections change. Never bundled into the
// content script: the background consults it for brand posts only (combine.ts).

export interface Correction {
  text: string;
  category: Category;
}

export interface LearnedModel {
  format: 'kizuki.learned';
  version: 1;
  /** Training posts per category, in CATEGORIES order. */
  docs: number[];
  /** Summed n-gram occurrences per category (each n-gram counted once per post). */
  totals: number[];
  /** n-gram → occurrences per category, in CATEGORIES order. */
  grams: Record<string, number[]>;
}

export interface LearnedPrediction {
  category: Category;
  /** Posterior of the chosen category, 0–1 (calibrated only roughly: naive Bayes is overconfident). */
  confidence: number;
  /** How many of the post's n-grams the model has seen, of `grams`. */
  known: number;
  grams: number;
}

const MIN_N = 1;
const MAX_N = 3;
const ALPHA = 0.5;
/** Log-likelihoods are summed over many correlated n-grams; dividing by this tempers the posterior. */
const TEMPERATURE = 4;
/** A model never grows past this many n-grams: the rarest are dropped first. */
const MAX_GRAMS = 50_000;

/** The n-grams of a post, once each: over the matcher's form (folded case, kana, width, stretching),
 * with URLs and @handles dropped (they name, they do not say). */
export function gramsOf(text: string): Set<string> {
  const form = ` ${matchForm(text).replace(/https?:\/\/\S+|[@＠][a-z0-9_]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const out = new Set<string>();
  const chars = [...form];
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const g = chars.slice(i, i + n).join('');
      if (g.trim().length === 0) continue;
      out.add(g);
    }
  }
  return out;
}

export function emptyModel(): LearnedModel {
  return { format: 'kizuki.learned', version: 1, docs: CATEGORIES.map(() => 0), totals: CATEGORIES.map(() => 0), grams: {} };
}

/** Adds corrections to a model (a copy is not made: pass emptyModel() or a model you own). */
export function learn(model: LearnedModel, corrections: readonly Correction[]): LearnedModel {
  for (const { text, category } of corrections) {
    const c = CATEGORIES.indexOf(category);
    if (c < 0) continue;
    model.docs[c]!++;
    for (const g of gramsOf(text)) {
      const row = (model.grams[g] ??= CATEGORIES.map(() => 0));
      row[c]!++;
      model.totals[c]!++;
    }
  }
  prune(model);
  return model;
}

function prune(model: LearnedModel): void {
  const keys = Object.keys(model.grams);
  if (keys.length <= MAX_GRAMS) return;
  const sum = (k: string) => model.grams[k]!.reduce((a, b) => a + b, 0);
  keys.sort((a, b) => sum(a) - sum(b));
  for (const k of keys.slice(0, keys.length - MAX_GRAMS)) {
    model.grams[k]!.forEach((v, c) => (model.totals[c]! -= v));
    delete model.grams[k];
  }
}

export function trainLearnedModel(corrections: readonly Correction[]): LearnedModel {
  return learn(emptyModel(), corrections);
}

export function trainingSize(model: LearnedModel): number {
  return model.docs.reduce((a, b) => a + b, 0);
}

/** The category the team's corrections suggest for a post, or null when the model knows nothing yet. */
export function predictLearned(model: LearnedModel, text: string): LearnedPrediction | null {
  const docs = trainingSize(model);
  if (docs === 0) return null;
  const vocab = Object.keys(model.grams).length + 1;
  const logp = CATEGORIES.map((_, c) => Math.log((model.docs[c]! + 1) / (docs + CATEGORIES.length)));
  let known = 0;
  const grams = gramsOf(text);
  for (const g of grams) {
    const row = model.grams[g];
    if (!row) continue;
    known++;
    for (let c = 0; c < CATEGORIES.length; c++) logp[c]! += Math.log((row[c]! + ALPHA) / (model.totals[c]! + ALPHA * vocab));
  }
  if (known === 0) return null;
  let best = 0;
  for (let c = 1; c < logp.length; c++) if (logp[c]! > logp[best]!) best = c;
  let z = 0;
  for (const l of logp) z += Math.exp((l - logp[best]!) / TEMPERATURE);
  return { category: CATEGORIES[best]!, confidence: 1 / z, known, grams: grams.size };
}

/** Checks a stored model before use (it may come from an older build or a damaged record). */
export function isLearnedModel(x: unknown): x is LearnedModel {
  const m = x as LearnedModel;
  return !!m && m.format === 'kizuki.learned' && m.version === 1 && Array.isArray(m.docs) && m.docs.length === CATEGORIES.length &&
    Array.isArray(m.totals) && m.totals.length === CATEGORIES.length && typeof m.grams === 'object' && m.grams !== null;
}
