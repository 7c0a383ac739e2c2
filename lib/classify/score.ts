import type { Category } from '../categories';
import type { SignalCategory } from './builtin-signals';
import { hasNegativeVerb } from './negative-verb';

/** A signal occurrence that survived negation and containment, with its offsets in normalised text. */
export interface SignalHit {
  category: SignalCategory;
  weight: number;
  normEnd: number;
}

// Ties go to the category an operator must not miss: trouble first, praise last.
const ORDER: SignalCategory[] = ['complaint', 'request', 'question', 'praise'];

// What stands before a contrast (けど, でも, but) is outweighed by what comes after it:
// 「ありがとう、でもまた壊れた」 is a complaint, 「壊れたけど神対応だった」 praise.
const CONTRAST = /けど|けれど|でも|しかし|ところが|のに|\bbut\b|\bhowever\b/g;

function lastContrast(norm: string): number {
  let last = -1;
  for (const m of norm.matchAll(CONTRAST)) last = m.index;
  return last;
}

// Casual Japanese asks without 「？」: 〜使えるの / 〜のかな / 〜だっけ at the end of the post.
const QUESTION_END = /(?:\?|[^な]の|かな|かね|っけ|でしょうか|ますか|ですか)$/;
const QUESTION_END_WEIGHT = 1;
const NEGATIVE_VERB_WEIGHT = 0.5;

/** Trailing punctuation, laughter (笑, w after Japanese), emoji and spaces say nothing about asking. */
function isTrailing(norm: string, i: number): boolean {
  const c = norm.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return true; // emoji (astral)
  if (c === 0x77) return i > 0 && norm.charCodeAt(i - 1) >= 0x80; // ｗｗ after Japanese
  return ' \n.,!。、…・)(笑\ufe0f'.includes(norm[i]!) || (c >= 0x2600 && c <= 0x27bf);
}

export function endsAsQuestion(norm: string): boolean {
  let end = norm.length;
  while (end > 0 && isTrailing(norm, end - 1)) end--;
  return QUESTION_END.test(norm.slice(Math.max(0, end - 6), end));
}

/** The negative-verb hint is a fallback: with a named trouble signal, or another category already above
 * the hint's weight, it cannot change the outcome, so the scan is skipped (it runs on every post). */
function negativeVerbCouldDecide(score: Record<SignalCategory, number>): boolean {
  return score.complaint === 0 && Math.max(score.request, score.question, score.praise) <= NEGATIVE_VERB_WEIGHT;
}

export function scoreCategories(hits: SignalHit[], norm: string): Record<SignalCategory, number> {
  const score: Record<SignalCategory, number> = { complaint: 0, request: 0, question: 0, praise: 0 };
  if (endsAsQuestion(norm)) score.question += QUESTION_END_WEIGHT;
  const pivot = hits.length > 1 ? lastContrast(norm) : -1;
  let troubleAfterPivot = 0;
  for (const h of hits) {
    const before = h.normEnd <= pivot;
    score[h.category] += before ? h.weight / 2 : h.weight;
    if (h.category === 'complaint' && !before) troubleAfterPivot += h.weight;
  }
  // Praise next to trouble is usually sarcasm (「さすがミドリ電機、また圏外」), so praise is halved —
  // unless the trouble was conceded before a contrast (「壊れたけど神対応」).
  if (troubleAfterPivot > 0 && score.praise > 0) score.praise /= 2;
  if (negativeVerbCouldDecide(score) && hasNegativeVerb(norm)) score.complaint = NEGATIVE_VERB_WEIGHT;
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
