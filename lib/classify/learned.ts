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
  /** The corrected posts themselves, as sorted hashes of their 2- and 3-grams, for "same wording" look-ups. */
  examples: { category: Category; grams: number[] }[];
}

export interface NearestExample {
  category: Category;
  /** Jaccard similarity of the two posts' 2- and 3-grams, 0–1. */
  similarity: number;
}

export interface LearnedPrediction {
  category: Category;
  /** Posterior of the chosen category, 0–1 (calibrated only roughly: naive Bayes is overconfident). */
  confidence: number;
  /** How many of the post's n-grams the model has seen, of `grams`. */
  known: number;
  grams: number;
  /** The most similar corrected post, when one shares much of this post's wording. */
  nearest: NearestExample | null;
}

const MIN_N = 1;
const MAX_N = 3;
const ALPHA = 0.5;
/** Log-likelihoods are summed over many correlated n-grams; dividing by this tempers the posterior. */
const TEMPERATURE = 4;
/** A model never grows past this many n-grams: the rarest are dropped first. */
const MAX_GRAMS = 50_000;
/** Corrected posts kept for look-ups by similar wording: the oldest are dropped first. */
const MAX_EXAMPLES = 2000;

/** FNV-1a of an n-gram: examples keep numbers, not strings, to stay small when stored. */
function hashGram(g: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < g.length; i++) h = Math.imul(h ^ g.charCodeAt(i), 0x01000193);
  return h >>> 2; // 30 bits: small integers stay unboxed in V8, so comparing them is cheap
}

function exampleHashes(grams: Set<string>): number[] {
  const out: number[] = [];
  for (const g of grams) if (g.length >= 2) out.push(hashGram(g));
  return Array.from(Int32Array.from(out).sort());
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { common++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++;
  }
  return common / Math.max(1, a.length + b.length - common);
}

function nearestExample(model: LearnedModel, grams: Set<string>): NearestExample | null {
  const mine = exampleHashes(grams);
  if (model.examples.length === 0) return null;
  let best: NearestExample | null = null;
  for (const e of model.examples) {
    const similarity = jaccard(mine, e.grams);
    if (!best || similarity > best.similarity) best = { category: e.category, similarity };
  }
  return best;
}

/** The n-grams (of UTF-16 units) of a post, once each: over the matcher's form (folded case, kana, width, stretching),
 * with URLs and @handles dropped (they name, they do not say). */
function gramsOf(text: string): Set<string> {
  const form = ` ${matchForm(text).replace(/https?:\/\/\S+|[@＠][a-z0-9_]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  const out = new Set<string>();
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= form.length; i++) {
      const g = form.slice(i, i + n);
      if (n === 1 && g === ' ') continue;
      out.add(g);
    }
  }
  return out;
}

const emptyModel = (): LearnedModel => ({ format: 'kizuki.learned', version: 1, docs: CATEGORIES.map(() => 0), totals: CATEGORIES.map(() => 0), grams: {}, examples: [] });

function learn(model: LearnedModel, { text, category }: Correction): void {
  const c = CATEGORIES.indexOf(category);
  if (c < 0) return;
  model.docs[c]!++;
  const grams = gramsOf(text);
  model.examples.push({ category, grams: exampleHashes(grams) });
  if (model.examples.length > MAX_EXAMPLES) model.examples.shift();
  for (const g of grams) {
    const row = (model.grams[g] ??= CATEGORIES.map(() => 0));
    row[c]!++;
    model.totals[c]!++;
  }
}

/** Trains a model from scratch on the team's corrections (the background retrains whenever they change). */
export function trainLearnedModel(corrections: readonly Correction[]): LearnedModel {
  const model = emptyModel();
  for (const correction of corrections) learn(model, correction);
  prune(model);
  return model;
}

/**
 * The same model, trained in tasks of about `stepMs` each, `pause()` between them: a worker that
 * trains a large set (the project's own labelled posts, at every worker start) still answers the
 * tabs' messages meanwhile, instead of holding them for the whole training.
 */
export async function trainLearnedModelInSteps(corrections: readonly Correction[], pause: () => Promise<void>, stepMs = 8): Promise<LearnedModel> {
  const model = emptyModel();
  let stepStart = performance.now();
  for (const correction of corrections) {
    learn(model, correction);
    if (performance.now() - stepStart >= stepMs) {
      await pause();
      stepStart = performance.now();
    }
  }
  await pause();
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

/** A model's n-grams as a Map, built once per model object: lookups in a plain object with thousands
 * of keys (many of them digit strings, which objects store as array indices) are far slower. */
const tables = new WeakMap<LearnedModel, Map<string, number[]>>();
function tableOf(model: LearnedModel): Map<string, number[]> {
  let t = tables.get(model);
  if (!t) tables.set(model, (t = new Map(Object.entries(model.grams))));
  return t;
}

export function trainingSize(model: LearnedModel): number {
  return model.docs.reduce((a, b) => a + b, 0);
}

/** The category the team's corrections suggest for a post, or null when the model knows nothing yet. */
export function predictLearned(model: LearnedModel, text: string, { nearest: findNearest = true } = {}): LearnedPrediction | null {
  const docs = trainingSize(model);
  if (docs === 0) return null;
  const table = tableOf(model);
  const vocab = table.size + 1;
  // Locals: an imported binding read in a hot loop can cost a getter call per read under module loaders.
  const k = CATEGORIES.length;
  const denominators = model.totals.map((t) => t + ALPHA * vocab);
  const logp = model.docs.map((d) => Math.log((d + 1) / (docs + k)));
  let known = 0;
  const grams = gramsOf(text);
  for (const g of grams) {
    const row = table.get(g);
    if (!row) continue;
    known++;
    for (let c = 0; c < k; c++) logp[c]! += Math.log((row[c]! + ALPHA) / denominators[c]!);
  }
  if (known === 0) return null;
  // The look-up of the most similar corrected post compares with every one: skipped when not wanted.
  const nearest = findNearest ? nearestExample(model, grams) : null;
  let best = 0;
  for (let c = 1; c < logp.length; c++) if (logp[c]! > logp[best]!) best = c;
  let z = 0;
  for (const l of logp) z += Math.exp((l - logp[best]!) / TEMPERATURE);
  return { category: CATEGORIES[best]!, confidence: 1 / z, known, grams: grams.size, nearest };
}

/** Checks a stored model before use (it may come from an older build or a damaged record). */
export function isLearnedModel(x: unknown): x is LearnedModel {
  const m = x as LearnedModel;
  return !!m && m.format === 'kizuki.learned' && m.version === 1 && Array.isArray(m.docs) && m.docs.length === CATEGORIES.length &&
    Array.isArray(m.totals) && m.totals.length === CATEGORIES.length && typeof m.grams === 'object' && m.grams !== null &&
    Array.isArray(m.examples);
}
