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
const DESPITE = /(?:た|てる|てた|だ|な)のに(?=[\s。、!！?？…]|$)|(?<!そ)のまま|たまま(?!で(?:も|いい|大丈夫|使え))/g;
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

export function findPredicates(norm: string): PredicateHit[] {
  const hits: PredicateHit[] = [];
  for (const m of norm.matchAll(BENEFACTIVE)) hits.push({ category: 'praise', weight: WEIGHTS.benefactive, start: m.index, end: m.index + m[0].length, concedes: true });
  for (const m of norm.matchAll(CONDITIONAL_WISH)) hits.push({ category: 'request', weight: WEIGHTS.wish, start: m.index, end: m.index + m[0].length, absorbsPraise: true });
  for (const m of norm.matchAll(DESPITE)) hits.push({ category: 'complaint', weight: WEIGHTS.despite, start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(INDIRECT_QUESTION)) hits.push({ category: 'question', weight: WEIGHTS.indirect, start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(GOOD_THAT)) hits.push({ category: 'praise', weight: WEIGHTS.goodThat, start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(COUNTERFACTUAL)) hits.push({ category: 'request', weight: WEIGHTS.wish, start: m.index, end: m.index + m[0].length, absorbsPraise: true });
  if (norm.charCodeAt(0) < 0x3000 || /[a-z]{4}/.test(norm)) {
    for (const m of norm.matchAll(RESOLVED_EN)) hits.push({ category: 'praise', weight: 0, start: m.index, end: m.index + m[0].length, concedes: true });
  }
  for (const m of norm.matchAll(ASK_FOR_CHANGE)) hits.push({ category: 'request', weight: WEIGHTS.change, start: m.index, end: m.index + m[0].length });
  for (const m of norm.matchAll(TE_IMPERATIVE)) hits.push({ category: 'request', weight: WEIGHTS.imperative, start: m.index, end: m.index + m[0].length });
  return hits;
}
