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
  /** "Despite …" is trouble only when nothing good follows it: 落としまくってるのに傷ひとつない is praise. */
  despite?: boolean;
}

export const PREDICATES: PredicateRule[] = [
  // help received: 〜てくれた / てくれて / てもらえた / ていただいた
  { category: 'praise', weight: 1, concedes: true, gate: 'くれ|もら|いただ|頂|くださ|下さ',
    pattern: '[てで](?:くれ|もらえ|もらっ|いただい|いただけ|頂い|頂け|くださっ|くださいまし|下さっ|下さいまし)(?:た(?!ら|い|の?[?？])|て(?!な|ほ|も|くだ|[?？]))' },
  // conditional wish: 〜たら嬉しい / できたらいいのに / てくれたら神
  { category: 'request', weight: 2, absorbsPraise: true, gate: 'たら|れば|ると|なら',
    pattern: '(?:たら|れば|えると|ると|なら)(?:もっと|めっちゃ|すごく|とても|本当に|ほんとに)?(?:嬉し|うれし|ありがた|有難|助か|神|最高|いいのに|良いのに|いいな|便利|幸せ|即)' },
  // counterfactual: 〜してくれたら寄れるのに, あればいいのに
  { category: 'request', weight: 2, absorbsPraise: true, gate: 'のに', pattern: '(?:たら|れば|ると)[^。!?？]{0,15}のに(?=[。!！\\s…]*$|[、。])' },
  // despite: 〜したのに, まだ半年なのに (what should have been, was not); stuck: 〜のまま, 〜たまま (not そのまま,
  // nor a state asked about: ケース付けたまま充電できる？)
  { category: 'complaint', weight: 1, despite: true, gate: 'のに|まま',
    pattern: '(?:た|てる)のに|(?:だ|な)のに(?=[\\s。、!！?？…]|$)|(?<!そ)のまま|たまま(?!で(?:も|いい|大丈夫|使え)|[^。、!！?？]{0,14}(?:できる|できます|いける|いけます|使える|使えます|大丈夫|可能)(?:か|の)?[?？])' },
  // indirect question: 〜か悩む, 〜か迷ってる, 〜か気になる, 〜か知りたい
  { category: 'question', weight: 1.5, gate: 'か', pattern: 'か(?:で)?(?:悩|迷|気にな|知りた|教えて|わから|分から|わかんな)' },
  // good that: 迫力あっていい, 軽くていい感じ (not 〜てもいい？, asking leave)
  { category: 'praise', weight: 1, gate: 'いい|良い|よい',
    pattern: '(?:くて|って|[てで])(?:めっちゃ|すごく|とても|かなり|ちょうど)?(?:いい|良い|よい)(?![のかん]|です?か)' },
  // English help received, in any tense, resolves trouble told before it ("fixed it"), and a defect named
  // as its object (replacing my broken kettle): the second alternative matches right after that defect.
  { category: 'praise', weight: 0, concedes: true, latin: true,
    pattern: '\\b(?:replac|fix|sort|resolv|refund|help|swapp|repair)(?:ed|ing)\\b|(?<=\\b(?:replac|fix|repair|swapp)(?:ed|ing)\\s+(?:(?:my|the|our|a|an|his|her|their)\\s+)?(?:\\w+\\s+)?(?:broken|cracked|dead|faulty|damaged|busted))\\b' },
  // asking for a change: 〜ならないかな / ならんかね / くれないかな
  { category: 'request', weight: 1.5, gate: 'な|くれ|もらえ|いただけ|でき',
    pattern: '(?:なら|くれ|もらえ|いただけ|でき)(?:ない|ん|ません)(?:か|かな|かね|でしょうか|もん)|(?:なら|くれ)(?:ない|ん)[?？]' },
  // asking, not describing: a te-form with くれ closing a sentence (置いてくれー, 開けててくれ。, 直してくれや) or
  // asked back (置いてくれん？, 戻してくれない？), whatever comes before the て (the closing-te rule below must
  // skip 〜てて and 〜いて, which describe); 〜てもらうことはできませんか; どうにかならない？; a wish that would win
  // the writer over at once (作ってくれたら即加入する). Not inside a quote: 「直してくれ」って言ったのに.
  // Also: let me (設定にさせて, "let me hide the notch"; not "let me know"), 〜てくれてもいいのよ？ (it would not
  // hurt you to), "any chance of / you could".
  { category: 'request', weight: 2, gate: 'させ|let|いいの|chance',
    pattern: 'させて(?:ほしい|欲しい|ください|下さい|くれ|よ|や|ちょうだい|もらえ|いただけ)?(?=[。!！…\\s]|$)|\\blet (?:me|us) (?!know|tell|say|guess|explain|check|see)\\w+|[てで](?:くれ|もらっ)ても(?:いい|良い|よい|ええ)(?:のよ|んやで|んだよ|んじゃない|と思う|のでは)|\\bany chance (?:of|you|they|we|for|midori|\\w+ (?:could|would|will|might))\\b' },
  { category: 'request', weight: 2, gate: 'くれ|こと|どうにか|即',
    pattern: '[てで]くれ(?:や|よ)?(?=[。!！…\\s]|$)(?![^「」]*」)|[てで]くれ(?:ない|ん)[?？]|[てで](?:もらう|いただく|頂く)(?:こと|の)(?:は|って)?(?:でき|出来|可能)|どうにか(?:なら|なり|して(?:もら|いただ|くだ|ほし))|(?:たら|れば)[^。!?？]{0,15}(?:即|すぐ)(?:加入|契約|買|乗り換え|申し込)' },
  // asking someone to do something, as a question: 延ばしてもらえないでしょうか, 戻してくれませんか (not 教えて…, asking
  // to be told); "can you add …?", "could Acme bring back …?" (a modal, its subject, a verb of change)
  { category: 'request', weight: 2, gate: 'くれ|もらえ|いただけ|頂け',
    pattern: '(?<!教え)[てで](?:くれ|もらえ|いただけ|頂け)(?:ない|ません)(?:でしょう|です)?か' },
  { category: 'request', weight: 2, latin: true,
    pattern: '\\b(?:(?:can|could|would)\\s+(?:you|\\w+(?:\\s+\\w+)?)|will\\s+you)\\s+(?:please\\s+|pls\\s+|just\\s+|also\\s+)?(?:add|bring|stock|offer|extend|restore|lower|reduce|increase|release|allow|put)\\b' },
  // a bare te-imperative closing the post: 〜してー / 出して〜 / つけてちょ / 延ばしてよ / しといて
  // (not てて/ていて, describing; not い+って or だって, quoting)
  { category: 'request', weight: 1, tail: true,
    pattern: '(?:(?<![てい])(?<!いっ)(?<!だっ)[てで]|[とど]いて)(?:よ|ね|ちょ|や|ちょうだい|ちょだい|くれ|くれや|くれよ)?(?=[。!！\\s]*(?:[\\ud800-\\udfff\\u2600-\\u27bf][\\udc00-\\udfff]?)*[。!！\\s]*$)' },
];

export const REPORTS: PredicateRule[] = [
  // what drains or costs is "wild" (電池の減りがえぐい, 発熱やばい, 請求額エグい): the praise slang names the
  // size of the trouble; unbearable to watch (見れたもんじゃない); what era is this (何時代？, いつの時代).
  { category: 'complaint', weight: 2, gate: 'えぐ|やば|はんぱ|半端|もん|もの|時代',
    pattern: '(?:減り|消費|発熱|熱|遅延|通信量|請求|請求額|出費|値上げ|待ち時間)(?:が|も|の)?(?:まじで|まじ|ほんと|本当に)?(?:えぐ|やば|半端な|はんぱな)|[たれ](?:もん|もの)(?:じゃ|では)な|何時代|いつの時代' },
  // English irony closing a post after a fact ("…still says preparing to ship. Great.", "Thanks a lot.",
  // "love how it updates itself and then…", "fast for who", "who asked for this"), and a bare "why" or
  // "how" closing one ("my bill went UP. how"): trouble told, not praise, not a question.
  { category: 'complaint', weight: 1, latin: true,
    pattern: '[.!?…]\\s+(?:(?:just |really |so |very )?(?:great|perfect|wonderful|fantastic|awesome|amazing|brilliant|lovely|splendid|terrific)(?: (?:job|work|stuff))?|thanks a lot|thanks for nothing|love (?:that|this) for me|why|how)[.!?…]*\\s*$|^(?:i )?(?:love|gotta love|i love) how\\b|\\b(?:fast|easy|unlimited|premium|smart|quick) for who\\b|who asked for this' },
  // done and regretted: 落ちてしまいました, 消えちゃった, 壊れちまった (not 買っちゃった, 惚れちゃう: choices and delight)
  { category: 'complaint', weight: 0.5, gate: 'しま|ちゃ|じゃ|ちま',
    pattern: '(?<!買っ|ぽちっ|惚れ|笑っ|感動し|泣い|ハマっ|はまっ)(?:[てで]しま(?:った|いました|う)|(?<=[っいしれけきえせてめべね])(?:ちゃ|じゃ)(?:った|いました|う(?![?？]))|ちまった)' },
  // futile repetition: 何度かけても, 何回やっても, 毎回はじかれる (not what it survives: 何回落としても割れない, 平気)
  { category: 'complaint', weight: 1, gate: '何|毎回', pattern: '(?:何(?:度|回|回も|度も)|毎回)[^。、!！?？]{0,10}(?:ても|でも|[さら]れる)(?![、\\s]*(?:割れ|壊れ|傷|へこ|凹|びくとも|平気|大丈夫|無事|問題な|ぴんぴん))' },
  // waited, and still: 3日待ってる, 2週間経つ, 1時間かかった, 折り返し待ち3日目
  { category: 'complaint', weight: 1, gate: '待|経|かか|放置',
    pattern: '(?:\\d+|何|数|[一二三四五六七八九十])(?:分|時間|日|週間|週|[ヶゖヵかけ]月|年)(?:も|以上|近く|くらい|ぐらい)?(?:待|経|放置|かか)|待ち(?:\\d|[一二三四五六七八九十何])' },
  // success without trouble: ブレずに撮れた, 迷わずに設定できた, 気にせず使える
  { category: 'praise', weight: 1, gate: 'ず', pattern: 'ず(?:に)?[^、。!！?？]{0,10}(?:でき|撮れ|使え|見れ|見られ|行け|済|終わ|繋が|つなが)(?:た|て|る|ま)' },
  // over quickly: 5分で解決, 10分で開通した, 待ち10分で済んだ, すぐ直った, 翌朝届いてた; like help received, it
  // resolves the trouble told before it (請求が二重になってた件、電話したら5分で解決). Not after やっと.
  { category: 'praise', weight: 1, concedes: true, gate: '分|秒|即|すぐ|一瞬|翌|次の日|当日',
    pattern: '(?<!やっと|ようやく)(?:(?:\\d+|[一二三四五六七八九十数])(?:分|秒)|即|すぐ|一瞬|秒)で?(?:[^。、!！?？]{0,6}?)(?:解決|開通|終わ|完了|済[んみ]|直っ|直り|復旧|届い|届き|つながっ|繋がっ)(?!て(?:な|ほ|くれ))|(?:翌日|翌朝|次の日|当日)(?:の朝)?(?:に|には)?(?:もう)?[^。、!！?？]{0,8}?(?:届い|届き|着い)(?!て(?:な|ほ))' },
  // better now: 電池持ちが良くなった, 速度上がったから, 改善された; like help received, it resolves the trouble
  // told before it (前はアプデのたびに不具合あった…良くなった). Trouble told after it still counts.
  { category: 'praise', weight: 1, concedes: true, gate: 'なっ|改善|上が|あが',
    pattern: '(?:良く|よく|速く|早く|軽く|安く|静かに|快適に|まし[にな]|マシに|安定し(?:て|た))なっ(?:た|て)|改善(?:した|され|して(?:る|た))|(?:速度|速さ|画質|音質|電池持ち|持ち)(?:が|も)?(?:上が|あが)っ(?:た|て)' },
  // no longer needed: 並ばなくていい, ショップ行かなくていいの神, 待たなくて済む (not asking leave: 〜なくてもいい？)
  { category: 'praise', weight: 1, gate: 'なくて', pattern: 'なくて(?:も)?(?:いい|良い|よい|済|すむ|すん)(?!の?[?？]|か|です?か)' },
  // said to be meant well: 月末に震えた（いい意味で）, ヤバい(良い意味で): the feeling told before it is praise
  { category: 'praise', weight: 2, concedes: true, gate: '意味', pattern: '(?:いい|良い|よい)意味で' },
  // good, closing a clause: 手触りいい, 発色が良い, ええやん (not てもいい, でいいのかな, 別にいい)
  { category: 'praise', weight: 1, gate: 'いい|良い|よい|ええ',
    pattern: '(?<![もてでにばれら])(?:いい|良い|よい)(?=[。!！\\s…w」]*$|(?:ね|な|わ|よ|やん|じゃん)[。!！\\s…w」]*$|[。!！、」])|ええやん' },
];

// A verb in the negative is the commonest shape of everyday trouble on X, far beyond any word list:
// 進まない, 通らなくて, 溜まらん, 一回も出ない, 読めなかった, 反映されてない, 来ねえ, 動きません. The stem's last
// kana tells a verb from an adjective (良くない), a noun (問題ない) or a state (ある/ない). Not when the
// negative is a condition, an instruction or a question (〜ないと, 〜ないで, 〜ないように, 〜ないか, 〜ないの？).
export const NEGATIVE_VERB = {
  pattern: '(?:(?:[かがさしじびりたなばまらわえけげせてねべめれこ]|[出見来寝]|んで)(?:な(?:い|かった|くて|くな|さすぎ)|ねえ|へん|ひん)|[かがさしじびりたなばまらわえけげせてねべめれこきぎちにみい出見来寝]ません(?!か))(?![とす]|で(?!す)|よう|か(?!った)|の(?:[?？]|$|かな|か)|(?<=くて)(?:も)?(?:いい|良い|よい|済|すむ|すん))|(?:[かがたばまらわえれ]|(?<!ま)せ)ん(?=[。、!?\\s…]|$|けど|のに|のだ[がけ]|のです[がけ]|のや|し[。、\\s]|やん|わ|よ|くて|くな|かった)',
  // Set phrases that praise or shrug (しか/たまら/手放せ + ない), conditions and copulas, not knowing how,
  // loanwords that end like a colloquial negative once folded to hiragana (プラン, ボタン, レストラン).
  exclude: 'しか[なん]|たまら[なん]|気になら[なん]|変わら[なん]|減ら[なん]|かまわ[なん]|構わ[なん]|止まら[なん]|手放せ[なん]|欠かせ[なん]|戻れ[なん]|頭が上がら|わから[なん]|分から[なん]|判ら[なん]|しれ[なん]|知れ[なん]|忘れ[なん]|ざるをえな|ではな|じゃな|てはな|かな(?![いくかぁ])|せな|みかん|いけな|いら[なん]|要ら[なん]|かねな|くなって|比べ|負け[なん]|気にし|離れ[なん]|後悔し|損はし|損し|しな[いか].{0,2}[?？]|ありませ|すみませ|しませ|ぷらん|ぼたん|すとらん|ございませ|かまいませ|構いませ|にすぎな|過ぎな|ちゃいませ|じゃいませ|ていませ(?:ん)?[?？]',
};

// How a signal occurrence is read in its context (negation.ts, score.ts). Japanese grammar, not word
// lists, but still ~1.5 KB of patterns: they travel in the spec too, for every spec (a pack's own
// signals are negated the same way), and the content script only compiles them.

// Japanese negates after the word, so what follows a signal in the normalised (hiragana, lower-case,
// stretched spellings folded) text decides how it counts:
//   壊れ|てない, 故障|もなく, 不満|が一切なくなった, 遅く|ない, 良く|ね         — negated: the polarity flips
//   壊れ|へん, 途切れ|んくなった, もたつ|かない, カクつ|かなくなった          — Kansai, colloquial, a godan stem
//   最悪|じゃない, 不満|があるわけじゃない                                      — negated by a copula or わけ/こと
//   届かない|かと思ったけど, 壊れ|たかと思ったら                               — feared, then proven wrong: dropped
//   ひどく|ないですか, 早く|ない?, 雑すぎ|ない?, おかしく|ね?                   — rhetorical: asserts, not denies
const NEGATION = [
  '(?:し|され|でき|出来|[かがたばまらわ])?[てで]?[いはもが]?(?:一切|全く|全然|まったく|ぜんぜん|特に|とくに|別に|べつに|ひとつ|一つ|少しも)?も?(?:な(?:い|かっ|く|さそう|し|さ?すぎ)|ません|ず|ねえ|へん|ん(?:く|かっ|(?<!すぎん)(?![かだでじのなやよねっ])))',
  'く[はも]?(?:な(?:い|かっ)|ね(?![てで]))',
  '(?:じゃ|では)(?:な|あり|ね)',
  // counted as none: 不満|ゼロ, トラブル|0件, 不具合|皆無 (not a code or an amount: エラー|0x80, 0.5秒)
  '[がはも]?(?:ぜろ|皆無|0(?![\\d.,x]))',
  // asked back to assert it: 神|すぎん？, 快適すぎ|ひん？ (the rhetorical tail that follows keeps the word's own polarity)
  '(?:すぎ|過ぎ)(?:ん|ひん|へん)(?=[?？])|(?<=すぎ|過ぎ)(?:ん|ひん|へん)(?=[?？])',
  // never known to: 故障|知らず, 充電切れ|知らず
  '(?:知らず|しらず)',
  // the help asked for did not come: 対応して|くれなかった, 直して|もらえません
  '(?:くれ|もらえ|いただけ)(?:な(?:い|かっ|く)|ません|ず|ねえ|へん|ん(?:く|かっ))',
  '(?:が|は)?(?:ある)?(?:わけ|こと)(?:じゃ|では|は|が|も)?(?:な|あり)',
  // becoming-not: 遅く|ならない, 苦に|ならない, 気に|ならない (a trouble that does not arise)
  '(?:く|に)?[がはも]?(?:全然|全く|ぜんぜん|ほとんど|ほぼ|一度も|一回も|1回も)?(?:気に)?(?:なら(?:な|ず)|なって(?:い)?(?:な|ませ))',
  // trouble that does not happen: 傷|ひとつ付かない, エラーが|出ない, 不具合も|起きず, 発熱も|感じない
  '[がはも]?(?:一切|全く|全然|ぜんぜん|ほとんど|ほぼ|ひとつ|一つ|一度も|1回も|一回も)?も?(?:付か|つか|出|起き|起こら|発生し|感じ)(?:な(?:い|かっ|く|さそう)|ません|ず)',
  // trouble gone or lessened: ストレスが|消えた, カクつき|が消えた, 不具合も|直った, ノイズ|少なくて, ラグ|減った
  // (gone only after a particle: 勝手に|消える is trouble itself)
  '[きさみ]?[がはも](?:すっかり|完全に|かなり|だいぶ|ほぼ|一気に)?(?:消え|解消|直っ|治っ|なおっ|なくなっ|無くなっ)|[きさみ]?[がはも]?(?:かなり|だいぶ|ずっと)?(?:少な|減っ|へっ)',
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
  rhetorical: /(?:い|かった|いん|ね|ねー|ねえ)?(?:です|っす)?(?:か|の|かな|よね)?[?？]|(?:い|かった)?(?:です|っす)か|(?<=ません)か(?![らっ])/.source,
  // English negates before: "not broken", "never had a problem", "no issues", "nothing wrong", "zero crashes".
  beforeEn: /(?:\bnot|n't|\bnever|\bno|\bnothing|\bzero|\bwithout)\s+(?:\w+\s+)?$/.source,
  // A request phrase followed by a tense or aspect ending describes what already happened
  // (改善して|る, 設定してくれ|て助かった, 対応して|る?, 教えて|くれた) rather than asking for it.
  descriptive: /(?:る|た|て|い(?!ただ)|ます|まし|した|しま|くれ[たて]|もらっ|もらえ[たて]|いただい|いただけ[たて])/.source,
  // Trouble told as a condition is no report of trouble: 壊れてても値段つく?, 画面割れた時の修理代,
  // 速度制限かかったら何kbps, 落ちたら困る.
  // A slowness word that tells a time of day (夜遅くまで開いてる？, 遅い時間でも, open late tonight?) is no trouble either.
  hypothetical: /(?<=く)まで|(?<=い)(?:時間|時刻)(?!が?かか)|(?<=\b(?:open|opens|until|till)\s+late)|(?<=\blate)(?=[\s-]*night)|(?:が|に|を|は)?(?:かかっ|なっ|し|出|起き|あっ)?(?:て|で|てい|ちゃっ|ても|ってい)?(?:ても|でも)|(?:が|に|を)?(?:かかっ|なっ|し|出|起き|あっ)?(?:た|だ|っ)?(?:たら|た時|たとき|た場合|る場合|る時|ると|れば)|(?:って|とは)(?=[^。!！?？]{0,12}(?:何|なに|いつ|どこ|どれ|いくら|誰))/.source,
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
