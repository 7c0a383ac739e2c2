import type { Category } from '../categories';
import type { SignalCategory } from './builtin-signals';
import type { NegativeVerbFinder } from './predicates';
import type { Reading } from './reading';

/** A signal occurrence that survived negation and containment, with its offsets in normalised text. */
export interface SignalHit {
  category: SignalCategory;
  weight: number;
  normStart: number;
  normEnd: number;
  /** Resolves trouble told before it, like a contrast (see predicates.ts). */
  concedes?: boolean;
  /** Only the shape of a question (a 「？」), which trouble outweighs. */
  shape?: boolean;
  /** From an urgency word: money and safety words weigh as complaint, but 返金 in thanks is no sarcasm. */
  urgent?: boolean;
}

// Ties go to the category an operator must not miss: trouble first, praise last.
const ORDER: SignalCategory[] = ['complaint', 'request', 'question', 'praise'];

const QUESTION_END_WEIGHT = 1;
const NEGATIVE_VERB_WEIGHT = 1;
/** Trouble of at least this weight (a named trouble word, not a hint like 〜んだけど) outweighs shapes and praise. */
const TROUBLE = 1;
/** With unconceded trouble in the post, a question's shape and praise count this much (see below). */
const UNDER_TROUBLE = 1 / 4;

/**
 * Sums the signals per category. Two readings keep trouble from sinking:
 *  - a complaint with 「？」 stays a complaint (アプリまた落ちた？, 何か起きてます？): with trouble that is
 *    not conceded before a contrast, a question's shape (「？」, a questioning end) counts a quarter;
 *    question words (ですか, どうすれば, 教えて) still count in full;
 *  - praise or thanks around a trouble fact is sarcasm (神アプデありがとう、ログインできなくなりました,
 *    さすが、今日も圏外, "great, froze again"): praise counts a quarter, unless the trouble was conceded
 *    before a contrast (壊れたけど神対応).
 * `denied` holds [start, end) pairs of signals already read, which the negative-verb hint must not re-read;
 * without a negative-verb finder (a spec built without built-ins) the grammar hints (negative verb,
 * questioning end) are off.
 */
export function scoreCategories(
  hits: SignalHit[],
  norm: string,
  reading: Pick<Reading, 'lastContrast' | 'endsAsQuestion'>,
  negativeVerbAt: NegativeVerbFinder | null,
  denied: readonly number[] = [],
  rhetoricalTo = -1,
): Record<SignalCategory, number> {
  const score: Record<SignalCategory, number> = { complaint: 0, request: 0, question: 0, praise: 0 };
  // A post ending in a rhetorical negative (遅くないですか) asserts; its ending asks nothing.
  let questionShape = negativeVerbAt && rhetoricalTo < norm.length - 2 && reading.endsAsQuestion(norm) ? QUESTION_END_WEIGHT : 0;
  let pivot = hits.length > 1 ? reading.lastContrast(norm) : -1;
  // Help received after trouble (故障、すぐ交換してくれた) resolves it: the trouble counts a quarter.
  let resolvedAt = -1;
  for (const h of hits) if (h.concedes && h.normStart > resolvedAt) resolvedAt = h.normStart;
  let troubleAfterPivot = 0;
  for (const h of hits) {
    const resolved = h.category === 'complaint' && h.normEnd <= resolvedAt;
    const before = h.normEnd <= Math.max(pivot, resolvedAt);
    const w = resolved ? h.weight * UNDER_TROUBLE : before ? h.weight / 2 : h.weight;
    if (h.shape && h.normStart >= rhetoricalTo) questionShape += w;
    else if (!h.shape) score[h.category] += w;
    if (h.category === 'complaint' && !before && !h.urgent) troubleAfterPivot += h.weight;
  }
  pivot = Math.max(pivot, resolvedAt);
  const negativeVerb = negativeVerbAt && score.complaint < TROUBLE ? negativeVerbAt(norm, denied) : -1;
  if (negativeVerb >= 0) {
    score.complaint += negativeVerb < pivot ? NEGATIVE_VERB_WEIGHT / 2 : NEGATIVE_VERB_WEIGHT;
    if (negativeVerb >= pivot) troubleAfterPivot += NEGATIVE_VERB_WEIGHT;
  }
  const underTrouble = troubleAfterPivot >= TROUBLE;
  score.question += underTrouble ? questionShape * UNDER_TROUBLE : questionShape;
  if (underTrouble && score.praise > 0) score.praise *= UNDER_TROUBLE;
  return score;
}

export function pickCategory(score: Record<SignalCategory, number>): Category {
  let best: Category = 'other';
  let bestScore = 0;
  for (const c of ORDER) {
    if (score[c] > bestScore) {
      best = c;
      bestScore = score[c];
    }
  }
  return best;
}
