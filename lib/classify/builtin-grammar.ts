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
  /** Run only when the post matches this RegExp source, alternatives of plain text (a cheap gate before the pattern). */
  gate?: string;
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
  { category: 'praise', weight: 1, concedes: true, gate: 'くれ|もら|いただ|頂',
    pattern: '[てで](?:くれ|もらえ|もらっ|いただい|いただけ|頂い|頂け)(?:た(?!ら|い|の?[?？])|て(?!な|ほ|も|くだ|[?？]))' },
  // conditional wish: 〜たら嬉しい / できたらいいのに / てくれたら神
  { category: 'request', weight: 2, absorbsPraise: true, gate: 'たら|れば|ると|なら',
    pattern: '(?:たら|れば|えると|ると|なら)(?:もっと|めっちゃ|すごく|とても|本当に|ほんとに)?(?:嬉し|うれし|ありがた|有難|助か|神|最高|いいのに|良いのに|いいな|便利|幸せ|即)' },
  // counterfactual: 〜してくれたら寄れるのに, あればいいのに
  { category: 'request', weight: 2, absorbsPraise: true, gate: 'のに', pattern: '(?:たら|れば|ると)[^。!?？]{0,15}のに(?=[。!！\\s…]*$|[、。])' },
  // despite: 〜したのに, まだ半年なのに (what should have been, was not); stuck: 〜のまま, 〜たまま (not そのまま)
  { category: 'complaint', weight: 1, gate: 'のに|まま',
    pattern: '(?:た|てる)のに|(?:だ|な)のに(?=[\\s。、!！?？…]|$)|(?<!そ)のまま|たまま(?!で(?:も|いい|大丈夫|使え))' },
  // indirect question: 〜か悩む, 〜か迷ってる, 〜か気になる, 〜か知りたい
  { category: 'question', weight: 1.5, gate: 'か', pattern: 'か(?:で)?(?:悩|迷|気にな|知りた|教えて|わから|分から|わかんな)' },
  // good that: 迫力あっていい, 軽くていい感じ (not 〜てもいい？, asking leave)
  { category: 'praise', weight: 1, gate: 'いい|良い|よい',
    pattern: '(?:くて|って|[てで])(?:めっちゃ|すごく|とても|かなり|ちょうど)?(?:いい|良い|よい)(?![のかん]|です?か)' },
  // English help received resolves trouble told before it ("replaced my broken fridge")
  { category: 'praise', weight: 0, concedes: true, latin: true, pattern: '\\b(?:replaced|fixed|sorted|resolved|refunded|helped|swapped)\\b' },
  // asking for a change: 〜ならないかな / ならんかね / くれないかな
  { category: 'request', weight: 1.5, gate: 'な|くれ|もらえ|いただけ|でき',
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

// How a signal occurrence is read in its context (negation.ts, score.ts). Japanese grammar, not word
// lists, but still ~1.5 KB of patterns: they travel in the spec too, for every spec (a pack's own
// signals are negated the same way), and the content script only compiles them.

// Japanese negates after the word, so what follows a signal in the normalised (hiragana, lower-case,
// stretched spellings folded) text decides how it counts:
//   壊れ|てない, 故障|もなく, 不満|が一切なくなった, 遅く|ない, 良く|ね         — negated: the polarity flips
//   最悪|じゃない, 不満|があるわけじゃない                                      — negated by a copula or わけ/こと
//   届かない|かと思ったけど, 壊れ|たかと思ったら                               — feared, then proven wrong: dropped
//   ひどく|ないですか, 早く|ない?, 雑すぎ|ない?, おかしく|ね?                   — rhetorical: asserts, not denies
const NEGATION = [
  '(?:し|され|でき|出来)?[てで]?[いはもが]?(?:一切|全く|全然|まったく|ぜんぜん|特に|とくに|別に|べつに|ひとつ|一つ|少しも)?も?(?:な(?:い|かっ|く|さそう|し)|ません|ず|ねえ)',
  'く[はも]?(?:な(?:い|かっ)|ね(?![てで]))',
  '(?:じゃ|では)(?:な|あり|ね)',
  '(?:が|は)?(?:ある)?(?:わけ|こと)(?:じゃ|では|は|が|も)?(?:な|あり)',
].join('|');
const FEARED = [
  '(?:[なく]い|なかった|た|てる|ている|てた)?か?(?:と|って)(?:思|おも)(?:った|ってた|っていた|いきや|ったら|ってたら)',
  '(?:[なく]い|た|てる|ている|てた)?か?(?:と|って)(?:心配|不安|ひやひや|焦)',
].join('|');

export interface ReadingGrammar {
  /** After a signal: a negation (sticky). */
  negation: string;
  /** After a signal: trouble feared, then proven wrong (sticky). */
  feared: string;
  /** After a negation: a negative that asks (〜ない？ 〜ないですか), how Japanese asserts (sticky). */
  rhetorical: string;
  /** Before a Latin signal: English negates before the word (tested on the 20 units before it). */
  beforeEn: string;
  /** After a request phrase: a tense or aspect ending that describes rather than asks (sticky). */
  descriptive: string;
  /** After a trouble word: trouble told as a condition (sticky). */
  hypothetical: string;
  /** After a trouble word: it hardly happens (割れにくい), or easily does (壊れやすい) (sticky). */
  hardly: string;
  easily: string;
  /** A contrast: what stands before it is outweighed (global). */
  contrast: string;
  /** A post's last units that ask without 「？」; English asking by word order. */
  questionEnd: string;
  questionStartEn: string;
}

export const READING: ReadingGrammar = {
  negation: NEGATION,
  feared: FEARED,
  // A negative that asks (〜ない？ 〜なくない？ 〜ないですか 〜ね？) is how Japanese asserts a complaint.
  rhetorical: /(?:い|かった|いん|ね|ねー|ねえ)?(?:です|っす)?(?:か|の|かな|よね)?[?？]|(?:い|かった)?(?:です|っす)か/.source,
  // English negates before: "not broken", "never had a problem", "no issues", "nothing wrong", "zero crashes".
  beforeEn: /(?:\bnot|n't|\bnever|\bno|\bnothing|\bzero|\bwithout)\s+(?:\w+\s+)?$/.source,
  // A request phrase followed by a tense or aspect ending describes what already happened
  // (改善して|る, 設定してくれ|て助かった, 対応して|る?, 教えて|くれた) rather than asking for it.
  descriptive: /(?:る|た|て|い(?!ただ)|ます|くれ[たて]|もらっ|いただい)/.source,
  // Trouble told as a condition is no report of trouble: 壊れてても値段つく?, 画面割れた時の修理代,
  // 速度制限かかったら何kbps, 落ちたら困る.
  hypothetical: /(?:て|で|てい|ちゃっ|ても|ってい)?(?:ても|でも)|(?:が|に|を)?(?:かかっ|なっ|し|出|起き|あっ)?(?:た|だ|っ)?(?:たら|た時|たとき|た場合|る場合|る時|ると|れば)/.source,
  // Trouble that hardly happens (割れにくい, 壊れづらい, 落ちにくく) is praise of sturdiness; trouble that
  // happens easily (壊れやすい, 熱くなりやすい) stays trouble: its やすい is not praise.
  hardly: 'にく|づら|ずら',
  easily: 'やす',
  // What stands before a contrast (けど, でも, but) is outweighed by what comes after it:
  // 「ありがとう、でもまた壊れた」 is a complaint, 「壊れたけど神対応だった」 praise.
  // A けど/のに closing the sentence (〜んだけど！？, 〜のに。) softens, it does not contrast.
  contrast: /(?:けど|けれど|のに)(?![\s!?！？。…]*$)|でも|しかし|ところが|\bbut\b|\bhowever\b/.source,
  // Casual Japanese asks without 「？」: 〜使えるの / 〜のかな / 〜だっけ at the end of the post.
  questionEnd: /(?:\?|[^な]の|のか|かな|かね|かしら|っけ|でしょうか|ますか|ですか)$/.source,
  // English asks by word order: a question word or an auxiliary opening a sentence ("which model has…", "hows the coverage").
  questionStartEn: /(?:^|[.!?]\s+)(?:which|what|how|hows|how's|where|when|who|why|does|do|is|are|can|could|will|should|anyone)\b[^.!]*$/.source,
};
