import type { Category } from '../categories';
import { createClassifier } from './classifier';
import { predictLearned, trainingSize, type LearnedModel, type LearnedPrediction } from './learned';
import { computePriority } from './priority';
import { PRIORITY_RULES } from './priority-rules';
import { secondReading, type SecondReading } from './second-reading';
import type { ClassifierSpec } from './spec';
import type { Classification, PostInput } from './types';

// Rules first, the team's learned layer second. The learned layer decides only for brand posts, once
// the team has taught it enough, and then in two cases:
//   - same wording: the team corrected a post worded much like this one (a recurring symptom, a
//     customer base's slang): that correction's category stands, however sure the rules are;
//   - the rules are unsure (no signal at all, or a close call) and the model is confident.
// Elsewhere the rules stand: a few corrections must not undo what every pack relies on. Last, when
// asked to (the queue and the pack tester do), a brand post is read a second time (second-reading.ts:
// mostly those the rules leave as `other`; a question, a mixed complaint or a request only when the
// model is very sure). The result says which layer decided, so the pack tester and the queue can
// show it.

type Classifier = ReturnType<typeof createClassifier>;

export interface LearnedClassification extends Classification {
  decidedBy: 'rules' | 'learned' | 'reading';
  /** The rules' own category, kept when the learned layer overrode it. */
  rulesCategory: Category;
  learned: LearnedPrediction | null;
  /** The second reading, when it decided. */
  reading?: SecondReading;
}

export interface CombineOptions {
  /** Corrections needed before the learned layer may decide anything. */
  minTraining?: number;
  /** Posterior the learned layer needs to override the rules. */
  minConfidence?: number;
  /** Share of the post's n-grams the model must have seen. */
  minKnown?: number;
  /** The rules are "unsure" when their best score leads the runner-up by less than this. */
  closeCall?: number;
  /** A corrected post this similar (Jaccard of 2-/3-grams) decides, however sure the rules are. */
  sameWording?: number;
  /** Read brand posts the rules leave as `other` a second time, with this model of labelled posts
   * (base-model.ts `baseModel()`; the measurements pass one trained without the set they measure). */
  secondReading?: LearnedModel;
}

export const COMBINE_DEFAULTS: Required<Omit<CombineOptions, 'secondReading'>> = { minTraining: 20, minConfidence: 0.9, minKnown: 0.5, closeCall: 0.5, sameWording: 0.5 };

const built = new WeakMap<ClassifierSpec, Classifier>();

function classifierFor(source: ClassifierSpec | Classifier): Classifier {
  if ('classify' in source) return source;
  let c = built.get(source);
  if (!c) built.set(source, (c = createClassifier(source)));
  return c;
}

function rulesUnsure(rules: Classification, closeCall: number): boolean {
  if (rules.category === 'other' || !rules.scores) return true;
  const sorted = Object.values(rules.scores).sort((a, b) => b - a);
  return sorted[0]! - sorted[1]! < closeCall;
}

/** The post's words without its brand names: a brand says which queue, not what kind of post. */
export function withoutBrands(text: string, rules: Classification): string {
  let out = '';
  let at = 0;
  for (const m of rules.matches) {
    if (m.kind !== 'brand' || m.start < at) continue;
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at);
}

export function classifyWithLearning(
  post: PostInput,
  source: ClassifierSpec | Classifier,
  model: LearnedModel | null,
  options: CombineOptions = {},
): LearnedClassification {
  const o = { ...COMBINE_DEFAULTS, ...options };
  const rules = classifierFor(source).classify(post);
  const team = teamLayer(post, rules, model, o);
  if (team.decidedBy === 'learned' || !o.secondReading || rules.brands.length === 0) return team;
  const reading = secondReading(withoutBrands(post.text, rules), o.secondReading, rules.category, rules.scores);
  if (!reading) return team;
  // `team` is the rules' reading here (with the team model's prediction, if any, beside it).
  return { ...team, category: reading.category, priority: priorityAs(reading.category, rules.matches, post), decidedBy: 'reading', reading };
}

function teamLayer(post: PostInput, rules: Classification, model: LearnedModel | null, o: typeof COMBINE_DEFAULTS): LearnedClassification {
  const base = { ...rules, decidedBy: 'rules' as const, rulesCategory: rules.category, learned: null };
  if (!model || rules.brands.length === 0 || trainingSize(model) < o.minTraining) return base;
  const learned = predictLearned(model, withoutBrands(post.text, rules));
  if (!learned) return base;
  // The team corrected a post worded much like this one: its category stands.
  const same = learned.nearest && learned.nearest.similarity >= o.sameWording ? learned.nearest.category : null;
  const overall = rulesUnsure(rules, o.closeCall) && learned.confidence >= o.minConfidence && learned.known / learned.grams >= o.minKnown
    ? learned.category
    : null;
  const category = same ?? overall;
  if (!category || category === rules.category) return { ...base, learned };
  return { ...rules, category, priority: priorityAs(category, rules.matches, post), decidedBy: 'learned', rulesCategory: rules.category, learned };
}

/**
 * Priority of a post in a category the rules did not give it (the learned layer's, or a teammate's
 * correction): the rules' bands, with the urgency words and official accounts the rules found and a
 * middling strength, since no signal list says how strongly.
 */
export function priorityAs(category: Category, matches: readonly { kind: string; term: string }[], post: PostInput): number {
  const urgent = matches.filter((m) => m.kind === 'urgent').length;
  const addressed = matches.some((m) => m.kind === 'brand' && m.term.startsWith('@')) || (post.replyTo?.length ?? 0) > 0;
  return computePriority({ category, strength: 1, urgent, tier: category === 'complaint' ? 2 : 0, addressed }, post, PRIORITY_RULES);
}

/** Corrections as the learned layer should see them: brand names taken out with the same rules. */
export function correctionsForTraining(corrections: readonly { text: string; category: Category }[], source: ClassifierSpec | Classifier) {
  const c = classifierFor(source);
  return corrections.map((x) => ({ text: withoutBrands(x.text, c.classify({ id: '', text: x.text })), category: x.category }));
}
