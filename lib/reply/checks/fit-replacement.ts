import type { Fix } from '../finding';

// An NG word's suggestion is written as a word, but in a draft the word stands in a sentence: the
// particle after it belongs to it. 「絶対に直します」 with 絶対 → できる限り must become
// 「できる限り直します」, not 「できる限りに直します」; 御社 → 貴社 in 「御社にご連絡」 keeps its に; a
// suggestion that already carries its particle (確実に) is not given a second one. The rule works on
// kinds of words, not on a word list:
// - a stem (a word ending in kanji, katakana or Latin) takes に/と to work as an adverb and な/の to
//   modify a noun; that particle, right after the match, is part of what the fix replaces;
// - a suggestion that is already an adverb (ends in に/と, or in an adverb's own ending: く, ず, り,
//   て, だけ, ほど…) takes no に/と after it; any other suggestion takes the particle the draft had.
// What the matched text itself holds (a pack term 「既に」, a prh rule's match and captures) is the
// pack author's, replaced exactly as written.

/** Particles that turn a stem into an adverb (に, と) or a modifier (な, の). */
const ATTACHING = new Set(['に', 'と', 'な', 'の']);
const ADVERBIAL_PARTICLES = new Set(['に', 'と']);
/** Endings of words that already work as adverbs: なるべく, 必ず, できる限り, 改めて, できるだけ… */
const ADVERB_ENDING = /(?:[くずりて]|だけ|ほど|まで|ばかり|ずつ|ながら)$/u;
/** The end of a stem: the kind of word a particle attaches to. */
const STEM_END = /[\p{Script=Han}\p{Script=Katakana}ー々〆A-Za-z0-9０-９Ａ-Ｚａ-ｚ]$/u;

/** The suggestion's own closing particle: 確実に, 丁寧な, きちんと (not the と of こと). */
function ownParticle(suggestion: string): string | undefined {
  const last = suggestion.at(-1);
  if (!last || !ATTACHING.has(last)) return undefined;
  const before = suggestion.slice(0, -1);
  return STEM_END.test(before) || (ADVERBIAL_PARTICLES.has(last) && before.length >= 2) ? last : undefined;
}

/** Does the suggestion already work as an adverb, so that に/と after it would be one too many? */
function isAdverb(suggestion: string): boolean {
  const own = ownParticle(suggestion);
  return (own !== undefined && ADVERBIAL_PARTICLES.has(own)) || ADVERB_ENDING.test(suggestion);
}

/** The fix for replacing draft[start, end) by `suggestion` so the sentence around it stays right. */
export function fitReplacement(draft: string, start: number, end: number, suggestion: string): Fix {
  const matched = draft.slice(start, end);
  const particle = draft[end];
  if (particle === undefined || !ATTACHING.has(particle) || !STEM_END.test(matched)) return { start, end, replacement: suggestion };
  // Removing the word removes its particle too: 「絶対に直します」 → 「直します」.
  if (suggestion === '') return { start, end: end + 1, replacement: '' };
  if (ADVERBIAL_PARTICLES.has(particle) && isAdverb(suggestion)) return { start, end: end + 1, replacement: suggestion };
  const own = ownParticle(suggestion);
  return { start, end: end + 1, replacement: (own !== undefined ? suggestion.slice(0, -1) : suggestion) + particle };
}
