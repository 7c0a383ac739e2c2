import type { SignalCategory } from './builtin-signals';

// Built-in grammar, as data: compileSpec puts it into the spec beside the built-in word lists, so it
// travels in the spec message instead of the content-script bundle (budget < 40 KB). Each rule is a
// grammatical shape that says what a post is, whatever the verb; they generalise where word lists
// cannot. Patterns run on the matcher's form of the post (hiragana, lower case, stretching folded).

export interface PredicateRule {
  category: SignalCategory;
  weight: number;
  /** RegExp source; run with the "g" flag. */
  pattern: string;
  /** Run only when the post contains one of these (a cheap gate before the regex). */
  gate?: string[];
  /** Search only the post's last characters (shapes that close a post). */
  tail?: boolean;
  /** Only on posts with Latin text. */
  latin?: boolean;
  /** A wish's praise word (たら嬉しい) is part of the wish, not praise. */
  absorbsPraise?: boolean;
  /** Help received (交換してくれた) resolves the trouble told before it. */
  concedes?: boolean;
}

export const PREDICATES: PredicateRule[] = [
  // help received: 〜てくれた / てくれて / てもらえた / ていただいた
  { category: 'praise', weight: 1, concedes: true, gate: ['くれ', 'もら', 'いただ', '頂'],
    pattern: '[てで](?:くれ|もらえ|もらっ|いただい|いただけ|頂い|頂け)(?:た(?!ら|い|の?[?？])|て(?!な|ほ|も|くだ|[?？]))' },
  // conditional wish: 〜たら嬉しい / できたらいいのに / てくれたら神
  { category: 'request', weight: 2, absorbsPraise: true, gate: ['たら', 'れば', 'ると', 'なら'],
    pattern: '(?:たら|れば|えると|ると|なら)(?:もっと|めっちゃ|すごく|とても|本当に|ほんとに)?(?:嬉し|うれし|ありがた|有難|助か|神|最高|いいのに|良いのに|いいな|便利|幸せ|即)' },
  // counterfactual: 〜してくれたら寄れるのに, あればいいのに
  { category: 'request', weight: 2, absorbsPraise: true, gate: ['のに'], pattern: '(?:たら|れば|ると)[^。!?？]{0,15}のに(?=[。!！\\s…]*$|[、。])' },
  // despite: 〜したのに, まだ半年なのに (what should have been, was not); stuck: 〜のまま, 〜たまま (not そのまま)
  { category: 'complaint', weight: 1, gate: ['のに', 'まま'],
    pattern: '(?:た|てる)のに|(?:だ|な)のに(?=[\\s。、!！?？…]|$)|(?<!そ)のまま|たまま(?!で(?:も|いい|大丈夫|使え))' },
  // indirect question: 〜か悩む, 〜か迷ってる, 〜か気になる, 〜か知りたい
  { category: 'question', weight: 1.5, gate: ['か'], pattern: 'か(?:で)?(?:悩|迷|気にな|知りた|教えて|わから|分から|わかんな)' },
  // good that: 迫力あっていい, 軽くていい感じ (not 〜てもいい？, asking leave)
  { category: 'praise', weight: 1, gate: ['いい', '良い', 'よい'],
    pattern: '(?:くて|って|[てで])(?:めっちゃ|すごく|とても|かなり|ちょうど)?(?:いい|良い|よい)(?![のかん]|です?か)' },
  // English help received resolves trouble told before it ("replaced my broken fridge")
  { category: 'praise', weight: 0, concedes: true, latin: true, pattern: '\\b(?:replaced|fixed|sorted|resolved|refunded|helped|swapped)\\b' },
  // asking for a change: 〜ならないかな / ならんかね / くれないかな
  { category: 'request', weight: 1.5, gate: ['な', 'くれ', 'もらえ', 'いただけ', 'でき'],
    pattern: '(?:なら|くれ|もらえ|いただけ|でき)(?:ない|ん|ません)(?:か|かな|かね|でしょうか|もん)|(?:なら|くれ)(?:ない|ん)[?？]' },
  // a bare te-imperative closing the post: 〜してー / 出して〜 / つけてちょ / 延ばしてよ / しといて
  // (not てて/ていて, describing; not い+って or だって, quoting)
  { category: 'request', weight: 1, tail: true,
    pattern: '(?:(?<![てい])(?<!いっ)(?<!だっ)[てで]|[とど]いて)(?:よ|ね|ちょ|や|ちょうだい|ちょだい|くれ|くれや|くれよ)?(?=[。!！\\s]*(?:[\\ud800-\\udfff\\u2600-\\u27bf][\\udc00-\\udfff]?)*[。!！\\s]*$)' },
];

// A verb in the negative is the commonest shape of everyday trouble on X, far beyond any word list:
// 進まない, 通らなくて, 溜まらん, 一回も出ない, 読めなかった, 反映されてない, 来ねえ, 動きません. The stem's last
// kana tells a verb from an adjective (良くない), a noun (問題ない) or a state (ある/ない). Not when the
// negative is a condition, an instruction or a question (〜ないと, 〜ないで, 〜ないように, 〜ないか, 〜ないの？).
export const NEGATIVE_VERB = {
  pattern: '(?:[かがさしたなばまらわえけげせてねべめれこ]|[出見来寝]|んで)(?:な(?:い|かった|くて|くな)|ねえ|ません(?!か))(?![とで]|よう|か(?!った)|の(?:[?？]|$|かな|か))|[かがたばまらわえれ]ん(?=[。、!?\\s…]|$|けど|のに|し[。、\\s]|やん|わ|よ|くて|かった)',
  // Set phrases that praise or shrug (しか/たまら/手放せ + ない), conditions and copulas, not knowing how.
  exclude: 'しか[なん]|たまら[なん]|気になら[なん]|変わら[なん]|減ら[なん]|かまわ[なん]|構わ[なん]|止まら[なん]|手放せ[なん]|欠かせ[なん]|わから[なん]|分から[なん]|判ら[なん]|しれ[なん]|知れ[なん]|忘れ[なん]|ざるをえな|ではな|じゃな|てはな|かな|せな|みかん|いけな|いら[なん]|要ら[なん]|かねな|くなって|比べ|負け[なん]|気にし|離れ[なん]|後悔し|損はし|損し|しな[いか].{0,2}[?？]|ありませ|すみませ|しませ',
};
