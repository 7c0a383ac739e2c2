import type { SignalCategory } from './builtin-signals';

// Grammatical shapes that say what a post is, whatever the verb: they generalise where word lists
// cannot. Each is found on the normalised text (hiragana, stretched spellings folded).
//   benefactive past   〜てくれた / てくれて / てもらえた / ていただいた   → praise (someone helped)
//   conditional wish   〜たら嬉しい / できたらいいのに / てくれたら神        → request (and the praise word in it is not praise)
//   asking for change  〜ならないかな / ならんかね / くれないかな            → request
//   bare te-imperative 〜してー / 出して〜 / つけてちょ / 延ばしてよ / しといて (clause end) → request
//   despite, stuck     〜したのに / まだ半年なのに / 〜のまま                   → complaint
//   indirect question  〜か悩む / 〜か気になる / 〜か知りたい                  → question
//   good that          迫力あっていい / 軽くていい感じ                        → praise
export interface PredicateHit {
  category: SignalCategory;
  weight: number;
  start: number;
  end: number;
  /** A wish's praise word (たら嬉しい) is part of the wish, not praise. */
  absorbsPraise?: boolean;
  /** Help received (交換してくれた) resolves the trouble told before it, as a contrast does. */
  concedes?: boolean;
}

const BENEFACTIVE = /[てで](?:くれ|もらえ|もらっ|いただい|いただけ|頂い|頂け)(?:た(?!ら|い|の?[?？])|て(?!な|ほ|も|くだ|[?？]))/g;
const CONDITIONAL_WISH = /(?:たら|れば|えると|ると|なら)(?:もっと|めっちゃ|すごく|とても|本当に|ほんとに)?(?:嬉し|うれし|ありがた|有難|助か|神|最高|いいのに|良いのに|いいな|便利|幸せ|即)/g;
// Despite / stuck: 〜したのに, 禁止にしてたのに, まだ半年なのに (what should have been, was not);
// 〜のまま, 〜たまま (stuck in a state) — not そのまま (as it is).
const DESPITE = /(?:た|てる)のに|(?:だ|な)のに(?=[\s。、!！?？…]|$)|(?<!そ)のまま|たまま(?!で(?:も|いい|大丈夫|使え))/g;
// Indirect question: 〜か悩む, 〜か迷ってる, 〜か気になる, 〜か知りたい, 〜か教えて.
const INDIRECT_QUESTION = /か(?:で)?(?:悩|迷|気にな|知りた|教えて|わから|分から|わかんな)/g;
// It is good that …: 迫力あっていい, 軽くていい感じ (not 〜てもいい？, asking leave).
const GOOD_THAT = /(?:くて|って|[てで])(?:めっちゃ|すごく|とても|かなり|ちょうど)?(?:いい|良い|よい)(?![のかん]|です?か)/g;
// Counterfactual: 〜してくれたら寄れるのに, あればいいのに.
const COUNTERFACTUAL = /(?:たら|れば|ると)[^。!?？]{0,15}のに(?=[。!！\s…]*$|[、。])/g;
// English help received: resolves trouble told before it ("replaced my broken fridge", "fixed it").
const RESOLVED_EN = /\b(?:replaced|fixed|sorted|resolved|refunded|helped|swapped)\b/g;
const ASK_FOR_CHANGE = /(?:なら|くれ|もらえ|いただけ|でき)(?:ない|ん|ません)(?:か|かな|かね|でしょうか|もん)|(?:なら|くれ)(?:ない|ん)[?？]/g;
// A te-form closing a clause and the post (or followed by 。!), not てて/ていて (describing), not い+って (quoting).
const TE_IMPERATIVE = /(?:(?<![てい])(?<!いっ)(?<!だっ)[てで]|[とど]いて)(?:よ|ね|ちょ|や|ちょうだい|ちょだい|くれ|くれや|くれよ)?(?=[。!！\s]*(?:[\ud800-\udfff\u2600-\u27bf][\udc00-\udfff]?)*[。!！\s]*$)/g;

const WEIGHTS = { benefactive: 1, wish: 2, change: 1.5, imperative: 1, despite: 1, indirect: 1.5, goodThat: 1 };

/** The te-imperative closes the post: only its last characters are searched. */
const TAIL = 16;

function push(hits: PredicateHit[], re: RegExp, text: string, offset: number, hit: Omit<PredicateHit, 'start' | 'end'>): void {
  for (const m of text.matchAll(re)) hits.push({ ...hit, start: offset + m.index, end: offset + m.index + m[0].length });
}

export function findPredicates(norm: string): PredicateHit[] {
  const hits: PredicateHit[] = [];
  if (norm.includes('くれ') || norm.includes('もら') || norm.includes('いただ') || norm.includes('頂')) push(hits, BENEFACTIVE, norm, 0, { category: 'praise', weight: WEIGHTS.benefactive, concedes: true });
  const conditional = norm.includes('たら') || norm.includes('れば') || norm.includes('ると') || norm.includes('なら');
  if (conditional) push(hits, CONDITIONAL_WISH, norm, 0, { category: 'request', weight: WEIGHTS.wish, absorbsPraise: true });
  if (norm.includes('のに') || norm.includes('まま')) push(hits, DESPITE, norm, 0, { category: 'complaint', weight: WEIGHTS.despite });
  if (norm.includes('か')) push(hits, INDIRECT_QUESTION, norm, 0, { category: 'question', weight: WEIGHTS.indirect });
  if (norm.includes('いい') || norm.includes('良い') || norm.includes('よい')) push(hits, GOOD_THAT, norm, 0, { category: 'praise', weight: WEIGHTS.goodThat });
  if (conditional && norm.includes('のに')) push(hits, COUNTERFACTUAL, norm, 0, { category: 'request', weight: WEIGHTS.wish, absorbsPraise: true });
  if (norm.charCodeAt(0) < 0x3000 || /[a-z]{4}/.test(norm)) push(hits, RESOLVED_EN, norm, 0, { category: 'praise', weight: 0, concedes: true });
  if (norm.includes('な') || norm.includes('くれ') || norm.includes('もらえ') || norm.includes('いただけ') || norm.includes('でき')) push(hits, ASK_FOR_CHANGE, norm, 0, { category: 'request', weight: WEIGHTS.change });
  const from = Math.max(0, norm.length - TAIL);
  push(hits, TE_IMPERATIVE, norm.slice(from), from, { category: 'request', weight: WEIGHTS.imperative });
  return hits;
}
