import type { Category } from '../categories';

// Built-in signals compileSpec appends to every spec (not bundled into the content script): everyday Japanese of support threads on X
// plus basic English. Written as people type them; the matcher folds katakana/hiragana, width and
// case, so one spelling covers the variants. Verb stems (壊れ, 繋がら) let the negation rule see what
// follows (壊れてない, 繋がらなくはない). Weights: 2 = unambiguous, 1 = usual, 0.5 = weak hint.
// Inside a longer signal a shorter one does not count (ますか in できますか), see classifier.ts.

export type SignalCategory = Exclude<Category, 'other'>;
export type WeightedTerms = Record<number, string[]>;

const COMPLAINT: WeightedTerms = {
  2: [
    // it does not arrive, work or connect
    '届かない', '届いてない', '届いていない', '届かず', '壊れ', '故障', '繋がらない', 'つながらない', '繋がりにくい',
    'つながりにくい', '圏外', '通信障害', '障害', '不具合', '使えない', '動かない', '起動しない', '初期不良', '不良品',
    'フリーズ', '充電できない', '反応しない', '落ちてる', '落ちまく', 'エラー', '断線',
    // anger and giving up
    '最悪', '最低', 'ありえない', 'あり得ない', '許せない', 'ふざけるな', 'ふざけんな', '二度と', '金返せ', '納得いかない',
    '納得できない', 'いい加減にして', '意味ない', '意味がない', 'どういうこと', 'どうなって', 'ひどくない?', '全然違う',
    // nobody answers
    '返事がない', '返信がない', '放置され',
    'broken', 'not working', "doesn't work", 'does not work', "didn't work", "won't turn on", 'never arrived', 'worst',
    'terrible', 'awful', 'useless', 'still waiting', 'no signal', "can't connect", 'cannot connect', 'crashes',
    'keeps crashing', 'charged me twice', 'double charged',
    // a function verb in the negative, plain or colloquial (〜ん, 〜ねー), or one that stopped working (〜なくなった)
    'ログインできない', 'ログインできん', '接続できない', '起動できない', '開通しない', '認識しない', '認識されない', '映らない',
    '表示されない', '読み込まない', '読み込めない', '受け取れない', '支払えない', '決済できない', '登録できない', '保存できない',
    '更新できない', '充電されない', '充電しない', '電源が入らない', '電源入らない', '電源がつかない', '電源つかない',
    '画面がつかない', '画面つかない', '点かない', '抜け出せない', '何考えて', '使えん', '動かん', '届かん', '繋がらん', 'つながらん',
    '送れん', '開かん', '使えねー', '使えねえ', '動かねー', '繋がらねー', 'つながらねー', '使えなくな', '動かなくな',
    '反応しなくな', '繋がらなくな', 'つながらなくな', '起動しなくな', '充電できなくな', '映らなくな',
    '開かなくな', '聞こえなくな', '鳴らなくな', '届かなくな',
    // failure and damage nouns
    '再起動ループ', '再起動を繰り返', '再起動繰り返', '異音', '膨張', '膨らん', '破損', '真っ暗', '水没', 'チカチカ',
    // degradation: drains, drops, slows
    '減りが早い', '減りが速い', '減りがはやい', '減りが早すぎ', '一瞬で減', 'すぐ減る', 'すぐ減って', 'すぐ切れ', '重すぎ',
    // nobody answers
    '音沙汰なし', '音沙汰ない', '音沙汰がない', '音沙汰もない', '音沙汰無し', '連絡もない', '連絡が来ない', '連絡がこない',
    '連絡来ない', '連絡こない', '返事来ない', '返事こない', '返信来ない', '返信こない', '返信もない', '返事もない', 'なしのつぶて',
    // the same in English
    'stopped working', "won't charge", "won't load", "can't log in", 'cant log in', 'cannot log in', "doesnt work", "isn't working",
    'isnt working', 'keeps dropping', 'keeps freezing', 'keeps disconnecting', 'keeps restarting', 'went black', 'black screen',
    'cuts out', 'dropping calls', 'outage', 'no service', 'no internet', 'battery drain', 'still nothing', 'no reply', 'no response',
    'never replied', 'never arrives', 'never came', "hasn't arrived", "haven't received", 'never received', 'billed twice',
    'double billed', 'overcharged', 'keeps me on hold', 'nobody picks up',
  ],
  1: [
    '困って', '困った', '困る', 'がっかり', '残念', 'ひどい', '酷い', 'ひどすぎ', '遅すぎ', '遅い', '遅れ', 'ムカつく',
    'むかつく', 'イライラ', 'いらいら', '不満', '不便', '不親切', 'バグ', '固まる', '固まった', '途切れ', '落ちた', '落ちる',
    '待たされ', '高すぎ', '少なすぎ', '値上げ', '改悪', 'いつまで', 'まだ届', '連絡もなし', '連絡がない', '連絡なし', '焦げ',
    '合わない', 'マシだった', '対象外', '引き落とされ', 'にくい', '怖い', '怖すぎ', 'おかしい', '割れ', '傷', '違う',
    'できない', '押せない', '漏れ', 'ノイズ', '削除され', '対応が悪い', 'うるさい', '(棒)', '皮肉', '勘弁',
    // everyday evaluative words: what a product, a shop or a service is like when it disappoints
    '悪い', '悪かった', '悪く', '良くない', '汚い', '汚れ', '狭い', '古い', '臭い', '不快', '雑な', '雑に', '雑だ', '雑すぎ', '微妙', 'イマイチ', 'いまいち',
    '期待外れ', '期待はずれ', '面倒', 'めんどくさい', '手間', '足りない', '少ない', '異常', '熱くなる', '発熱', '直らない',
    '治らない', '解決しな', '見られない', '見れない', '開かない', '限界', '勝手に', '聞いてない', 'たらい回し', '嫌い',
    'つらい', '辛い', '悲しい', '腹立', '腹が立', '不愉快', '失礼', '態度', '感じ悪', '迷惑', 'ストレス', '失望',
    'disappointed', 'bug', 'slow', 'late', "won't", "can't", 'nobody', 'annoying', 'frustrat', 'ridiculous', 'error',
    'down again', 'unacceptable', 'overheat', 'not happy', 'rude', 'waste',
    // everyday ways of saying it does not work, came late or never came, costs too much
    '送れない', '聞こえない', '鳴らない', '入らない', '付いてない', 'ついてない', '反映されない', '反映されてない', '来てない', '返ってこない', '戻ってこない', '止まった', '止まって', 'カクカク', 'もっさり', '低速', '遅く', '切られた',
    '変な音', '何回目', '何度目', 'また落ち', '待っても', '待てど', 'ずっと待', '言われたのに', 'はずなのに',
    'キャンセルされ', 'びしょ濡れ', 'ずぶ濡れ', '濡れてた', '空っぽ', '凹ん', 'へこん', 'なんなん', 'なんなの',
    '課金され', '引かれて', 'ハズレ', 'できなくな', 'つかなくな', '入らなくな',
    // slang and everyday nouns of trouble, written once in dictionary form (inflect.ts adds the rest)
    '萎え', '詰んだ', '詰み', '死んだ', '死んでる', '死ぬ', 'オワコン', '終わってる', '無理ゲー', 'しんどい', 'だるい', 'うざい',
    'めんどい', 'しつこい', '鈍い', '重い', '暗い', '弱い', '熱い', '痛い', 'まずい', '不味い', 'ダメ', '全滅', '絶望', '後悔',
    '損した', '無駄', '悪化', '劣化', 'ボロボロ', '消えた', '消えて', '弾かれ', '水漏れ', '焦げ臭', '焦げくさ', '熱持', '激遅',
    'クソ', '遅延', '連発', '間違って', '間違え', '話にならな', '使い物にならな', 'にならん', '意味わからん', '謎すぎ',
    '二度手間', '勘弁', '残念すぎ', 'ガッカリ', '泣きそう', 'orz', '(怒)', '┻━┻', '💀', '😭', '😩', '😞', '😢', '🥲',
    'bad', 'complain', 'disappoint', 'bricked', 'blurry', 'ugh', 'wtf', 'logs me out', 'no bars', 'lost my',
    'so annoying', 'what happened', 'keeps', 'every single time', 'worse', 'sucks', 'pathetic', 'garbage', 'trash',
    'scammed', 'seriously?', 'is gone', 'so hot', 'too hot', 'had to', '過ぎてる', '過ぎても', 'とっくに', '経つのに', '経っても',
    'いまだに', '未だに', 'ってどういう', 'させられ', 'だらけ', '無理', 'づらい', 'やめてほしい', 'やめて欲しい', 'やめてくれ',
    'やめて', 'カクつ', 'どないなって', 'どないなっと', 'without notice', 'without any notice', 'no notice', 'cut my', 'cut off',
    'flicker', 'no show', 'no-show', 'no call', 'a joke', 'hit or miss', 'price hike', 'no updates', 'no update', '通じない',
    '誰得', '話し中',
    // a domain lexicon of everyday trouble (devices, networks, shops, bills, apps), in dictionary form
    '音ズレ', 'ズレる', 'ずれる', 'ピンボケ', 'ぼやける', '曇る', '結露', '滲む', 'にじむ', '焼き付き', '白飛び', 'ドット抜け', '縦線',
    '横線', '接触不良', 'ガリガリ', 'ジジジ', '音割れ', '音飛び', 'ハウリング', '文字化け', '誤タップ', 'ゴーストタッチ',
    '止まる', '消える', '抜ける', '通信制限', 'パケ止まり', '塩対応', '門前払い', '騙され', 'だまされ', 'ぼったくり',
    '説明不足', '不誠実', '横柄', '無愛想', '愛想悪', '高圧的', '上から目線', '舌打ち', '手違い', '間違い', '誤配', '遅配', '未着',
    '紛失', 'なくされ', '無くされ', '開封済み', '欠品', 'ドタキャン', 'すっぽかさ', '割高', '高額', '失敗', 'わかりにくい',
    '分かりにくい', 'ログアウトされ', '邪魔', '鬱陶しい', 'うっとうしい', 'ふざけ', 'なめてる', '舐めてる', 'キレた', '無能',
    'ポンコツ', '糞', '不良', 'been waiting', '😇', '😱', '🫠', '😰', '😥', '😓', '😫', '😖', '😣', '😵', '😑', '😒', '🤦',
    // kaomoji carry the mood where no word does (written as the matcher folds them: ´ → " ́", full width halved)
    ';_;', ';ω;', 't_t', '・ω・`', '>_<', '゚д゚', '(泣)', '(涙)', '悲報', '疲れた', '苦痛', '我慢', 'ため息', '乗り換えたい', '解約したい', 'やめたい',
    'crash', 'freeze', 'lag', 'lagging', 'cracked', 'scratched', 'dented', 'damaged', 'missing', 'delayed', 'overpriced',
    'rip off', 'ripoff', 'unreliable', 'spotty', 'patchy', 'weak signal', 'disconnect', 'horrible', 'poor', 'mess', 'hassle',
    'nightmare', 'headache', 'smh', 'ffs', 'not great', 'meh', 'refused', 'denied', 'rejected', 'without telling',
    '欠ける', '剥がれる', '緩む', '折れる', '曲がる', '歪む', '焦げる', '溶ける', '錆びる', '漏れる', '詰まる', '滑る', '減る',
    '膨らむ', '濡れる', '汚れる', '傷つく', '傷が付', '擦れる', '黄ばむ', '色落ち', 'へたる', 'ヘタる', '弾かれる', '拒否され',
    '断られ', '無視され', '盗まれ', '失くし', '取られた', '値上がり', '裏切', '諦め', 'あきらめ', '嘆', '腹立つ', 'イラつく',
    'キレる', '怒る', '焦る', '戸惑', '短い', '冷たい', '暑い', '寒い', '脆い', 'もろい', '眩しい', 'まぶしい', '見にくい',
    '読みにくい', '聞き取りにくい', 'ややこしい', '紛らわしい', 'ダサい', 'しょぼい', 'ショボい', 'ちゃちい', '安っぽい', '頼りない',
    '物足りない', '情けない', '悔しい', '虚しい', '怪しい', '胡散臭い', '欠陥', 'トラブル', '誤請求', '過剰請求',
    '請求ミス', '不手際', '不備', '不在票', '再配達', 'クレーム', '苦情', '文句', '不信感', '粗悪', '安物', '地雷', '大損', '被害',
    '騒音', '異臭', 'キズ', 'faulty', 'defective', 'malfunction', 'glitchy', 'buggy', 'sluggish', 'choppy', 'unstable', 'broke',
    'overheats', 'unhelpful', 'incompetent', 'clueless', 'regret', 'annoyed', 'angry', 'pissed', 'furious', 'hate', 'subpar',
    'mediocre', 'hidden fee', 'sigh', 'come on', 'how is this',
    'ゴミ', 'さすがにない', 'バラバラ', 'こぼれる', 'randomly', 'shuts off', 'shut off', 'turns off', 'weird', 'strange', 'let me down', 'てほしかった', 'て欲しかった', 'くらい欲しかった', 'くらいほしかった', 'is it just me', 'お察し', '一点張り', 'もたつ', '持たない', 'もたない', 'confusing', 'took forever', 'gets hot',
    'got hot', 'runs hot',
    // defects and damage, as verb stems (欠けてた, 剥がれてきた, 曲がって, 緩んで)
    '欠け', '剥がれ', 'はがれ', '曲がっ', '折れ', '錆び', 'さび', '外れ', '緩ん', 'ぐらつ', 'グラグラ', 'ガタガタ', '剥げ', '擦れ',
    '歪ん', 'ひび', 'ヒビ', '凹み', '変形', '色あせ', '色褪せ', '黄ばみ', '不安定', '誤作動', '誤動作', '誤爆', '暴走', '強制終了',
    'バグる', 'バグって', 'データ飛', '吹っ飛', '消えちゃ', '動作が重',
    // annoyance and giving up
    '放置', 'うんざり', '呆れ', 'あきれ', 'キレそう', 'イラつ', 'イラっ', 'ムカッ', '怒り', 'ぴえん', '泣きたい', '一向に', '余計',
    'worse than', 'glitch', 'laggy', 'unusable', 'not even', 'fed up', 'sick of', 'tired of', 'waste of',
    'wrong', 'no one', 'hung up', 'on hold', 'ignored', 'ignoring', 'freezes', 'froze', 'frozen', 'stuck', 'drains',
    'draining', 'dead', 'died', 'laggy', 'third time', 'still no ', 'is down', 'cant ', '🙃', '🙄', '😡', '😤', '💢', '🤬', '😠',
  ],
  // Adversative passive (持ち帰られた) and a trailing 〜んだけど lean negative on X.
  // さすがに is "really, that is too much" (さすがにないわ), not the praise さすが.
  // なぜか is "somehow", not a question: what happens for no reason is trouble.
  0.5: ['すぎ', 'さすがに', 'なぜか', '不安', '在庫切れ', '売り切れ', '延期', '違約金', '解約金', '手数料', '高いわ', '他社に', 'expensive',
    'charged', 'still', 'been down', 'down for', 'went down', 'られた', 'んだけど', '繋がら', 'つながら', '切れる', 'again', 'keeps', 'なんだが', 'んだが', 'んですが', 'んですけど'],
};

const QUESTION: WeightedTerms = {
  2: ['ってどうやる', 'どうやって', 'どうすれば', 'どうしたら', 'できますか', 'ありますか', 'でしょうか', '教えて',
    '教えてください', '教えてほしい', '知りたい', 'わかる人', '分かる人', '詳しい人', 'ご存知の方', '方法ある', 'how do i',
    'how to', 'is there a way', 'does anyone know', 'anyone know', 'can i '],
  1: ['?', 'ますか', 'ですか', 'ませんか', 'のかな', 'っけ', 'んだろう', 'んだろ', 'だろうか',
    'いくらで', 'いくらか', 'いくらする', 'いくらです', 'いくらくらい', 'いくらぐらい', 'いくらなの', 'いくらなん',
    'should i', 'is it worth', 'anyone tried', 'any idea', 'wondering', 'か気になる', 'どこで', 'どこに', 'いつから', 'いつ頃',
    'どれくらい', '誰か', 'なぜ', '違いって', 'ってなに', 'って何', 'どう違う', 'どっちが', '可能か', 'できる?', 'does ',
    'do you', 'is it', 'are there', 'what is', 'where can', 'when will'],
  0.5: ['なんで', 'どう', 'どの', '方法', '何年', '何ヶ月', '何か月', '何日', '何時間', '何分', '何円'],
};

const REQUEST: WeightedTerms = {
  2: ['してほしい', 'して欲しい', 'てほしい', 'て欲しい', 'でほしい', 'ください', '下さい', '対応して', '復活希望', '希望します',
    'お願いします', 'お願いしたい', '改善して', '直して', '戻して', '再販して', '追加して', '導入して', 'ようにして', 'してくれ',
    'くれませんか', 'もらえませんか', 'お願いできますか', 'お願いできませんか', 'と助かります', 'ると助かる', 'たら助かる', 'ていただけると', 'ていただけたら',
    'くれると嬉しい', 'くれたら嬉しい', 'くれるとうれしい', 'くれたらうれしい', 'please', 'would love', 'bring back',
    'i wish', 'hope you', 'could you', 'needs to', 'くれないかな', 'もらえないかな', 'くれんかな', 'pls', 'plz'],
  1: ['希望', 'お願い', '復活', '再販', 'ほしいです', '欲しいです', '頼む', '頼みます', '検討して', 'してもらえると',
    'してもらえたら', 'してくれたら', 'いいのに', 'たらいいな', 'あったらいい', 'あればいい', 'なってほしい', '待ってます',
    'should', 'add ', 'wish', '増やして', 'consider', '求む', 'はよ', '頼んま', 'お願いだから', 'begging', 'give us', 'let us',
    'needs a', 'need a', 'bring', 'make it', 'let me', 'ほしい', 'would be', 'would be nice', 'would be great', 'おなしゃす',
    'おねしゃす'],
};

const PRAISE: WeightedTerms = {
  2: ['神対応', 'ありがとう', '有難う', 'ありがた', '最高', '助かった', '助かり', '助かる', '助かって', '感謝', '素晴らしい',
    'すばらしい', '感動', '大満足', '大好き', 'さすが', '神アプデ', '優秀', '快適', 'いい買い物', '文句なし', '申し分ない',
    '言うことなし', '言う事なし', 'thank', 'great', 'love', 'loving', 'awesome', 'amazing', 'excellent', 'helpful',
    'perfect', 'best', '全然壊れない', '問題なし', 'トラブルなし', '不満なし', 'すぐ解決', 'rock solid', 'impressed',
    'impressive', 'shoutout', 'shout out', 'kudos'],
  1: ['丁寧', '親切', '優し', '嬉しい', 'うれしい', '満足', '便利', '好き', 'おすすめ', 'オススメ', '良かった', 'よかった',
    '買ってよかった', '安心', '迅速', 'すぐ届いた', '早い', '爆速', 'サクサク', '良すぎ', 'よすぎ', '偉い', 'えらい', 'すごい',
    'すごかった', '頑丈', '気に入', '愛用', '最強', '推せる', 'また行きます', 'また行きたい', 'リピート',
    // everyday evaluative words for a product, a shop or a service that pleases
    'きれい', '綺麗', '良い', '良くなっ', 'おいし', '美味し', 'うれしすぎ', '嬉しすぎ', '壊れない', '長持ち', '丈夫', '解決した',
    '解決しました', '神すぎ', 'マジ神', '神だった', '神でした', '楽しい', '楽しめ', '素敵', 'すてき', '清潔', '気持ちい',
    '気持ちよ', '心地よ', '充実', '完璧', '問題なく', '安い', 'お得', 'コスパ', '見やすい', '使いやすい', 'わかりやすい',
    '分かりやすい', 'better than', 'fixed', 'replaced', 'good', 'nice', 'happy', 'fast', 'enjoy', 'recommend', 'clean',
    'comfortable', 'no issues', 'no problems', 'zero issues', 'reliable', 'smooth', 'helped', 'helping', 'in minutes',
    // slang and everyday praise, dictionary forms (inflect.ts adds 〜く / 〜かった / 〜すぎ)
    'そんなことなかった', 'そんなことない', '思ったより', '正解', 'よき', '良き', 'いい感じ', '良い感じ', '好印象', '見直した', '期待以上', '想像以上', 'しっくり', 'ばっちり',
    'バッチリ', 'ヌルヌル', 'サクッと', 'スムーズ', 'やるやん', 'やるじゃん', '頼りにな', '頼もしい', '心強い', '優しい',
    '速い', '軽い', '静か', '明るい', '強い', '可愛い', 'かわいい', '楽しい', 'ありがてぇ', 'ありがたや', '神か', '神すぎ',
    '有能', '優勝', '至れり尽くせり', '好感', '惚れ', '推し', '便利すぎ', 'うまい', '美味い', '映え', '余裕', '快調',
    '浮いた', '得した', '安く済', 'すぐ直', 'すぐ対応', '早かった', '速かった', '一瞬で', '大満足',
    'solid', 'snappy', 'snappier', 'legend', 'lovely', 'painless', 'worth it', 'no complaints', 'chef', '10/10',
    'way better', 'well done', 'props', 'saved', '感心', '褒めてる', '褒めてます', '爆上が', '迫力', '楽すぎ', '楽ちん', '楽だった',
    '楽になった', '段違い', '思ってたより', '想像より', 'ありがて', 'ストレスフリー', 'リピ',
    '便利にな', 'やすい', 'lifesaver', 'game changer', 'worth every', 'so good',
    '神だ', '神じゃ', '神やん', '神です', '信頼', '無事', '安定', '改善され', 'たっぷり', 'above and beyond',
    '美しい', 'かっこいい', 'カッコいい', 'かっこよ', 'おしゃれ', 'お洒落', '上品', '高級感', '扱いやすい', '操作しやすい', '快調',
    '順調', '重宝', '役立つ', '役に立つ', '面白い', '理想', '納得の', '良心的', '的確', '爽やか', '心地いい', 'お気に入り', 'イチオシ',
    '価値ある', '元が取れ', '百点', '非の打ち所', '予想以上', '思った以上', '惚れ直', '感謝しかない', '喜ばれ', 'crisp', 'sharp',
    'vivid', 'lightweight', 'sleek', 'cute', 'pretty', 'cool', 'neat', 'fun', 'simple', 'kind', 'appreciate', 'grateful',
    'bargain', 'improved', 'yay', 'よくて', '平気', '取り柄',
    // a domain lexicon of everyday praise, in dictionary form
    '鮮やか', '高画質', '高音質', 'クリア', '滑らか', 'なめらか', '軽快', '持ちやすい', '手頃', '節約', '助けられ', '見事', '満点',
    '大正解', '大当たり', '好み', '親身', '対応が早', '対応早', '気が利く', '気配り', '心遣い', '誠実',
    '感じがいい', '感じ良', '頼れる', '即日', '早く届', '翌日届', '次の日届', '喜ぶ', '感激', '幸せ', 'ほくほく', 'gorgeous',
    'beautiful', 'stunning', 'fantastic', 'brilliant', 'superb', 'outstanding', 'stable', 'sturdy', 'durable', 'easy', 'effortless',
    'seamless', 'hassle-free', 'no hassle', 'quick', 'speedy', 'affordable', 'pleased', 'satisfied', 'glad', 'friendly', 'polite',
    'patient', 'wonderful', 'works great', 'working great', 'works perfectly', 'favorite', 'favourite', 'obsessed', 'wow',
    'a treat', '😊', '☺', '🥳', '🎉', '✌', '💚', '❤', '😆', '🤩', '👏', '🥹', '^^', '^_^', '^o^', '^▽^', '≧▽≦', '≧∇≦', '∀`', 'ˊᗜˋ', '簡単', '捗る', 'ナイス', 'くっきり', '普通に使え', '電池もつ', '電池持つ', '持ちがいい', 'もちがいい',
    'going strong', 'バリバリ', '拍子抜け', 'うはうは', 'つよつよ', 'premium', 'insane', 'just works', 'flawless',
    'survived', 'tough', 'unreal', 'respect', 'called me back', 'got back to me', 'goat', '👍', '👌', '🙌', '😍', '🥰', '✨', '💯'],
  // it could be done (LINE送れた, 地下でも繋がった, 簡単にできた): a weak hint, any trouble outweighs it
  0.5: ['送れた', '送れて', '使えた', '使えて', '撮れた', '撮れて', '見れた', '見れて', '見られた', '繋がった', 'つながった', '読めた',
    '聞けた', 'にできた', 'くできた', 'にできて', 'くできて'],
};

/** Complaint severity for the priority (priority.ts): 3 = cannot use it at all, 2 = broken or slow.
 * Complaint terms not named here count as tier 2 at weight 2 and tier 1 (annoyed) below. */
export const COMPLAINT_TIER_3 = ['使えない', '動かない', '起動しない', '繋がらない', 'つながらない', '圏外', '通信障害', '障害',
  '電源が入らない', '電源入らない', '電源がつかない', '電源つかない', 'ログインできない', 'ログインできん', '接続できない', '起動できない',
  '充電できない', '反応しない', '真っ暗', '再起動ループ', '使えなくな', '動かなくな', '繋がらなくな', 'つながらなくな',
  '起動しなくな', '充電できなくな', '決済できない', '支払えない', '全滅', '使えん', '動かん', '繋がらん', 'つながらん', '使えねー',
  'outage', 'not working', "doesn't work", 'does not work', "won't turn on", 'is down', 'no service', 'no signal',
  'no internet', "can't log in", 'cant log in', 'cannot log in', 'black screen', 'bricked', 'dead'];
export const COMPLAINT_TIER_2 = ['遅い', '遅すぎ', '重すぎ', '重い', '固まる', '固まった', 'もっさり', 'カクカク', '低速', '途切れ',
  'バグ', 'slow', 'laggy', 'freezes', 'froze', 'frozen', 'stuck'];

export const BUILTIN_SIGNALS: Record<SignalCategory, WeightedTerms> = {
  complaint: COMPLAINT,
  question: QUESTION,
  request: REQUEST,
  praise: PRAISE,
};

/** Words that raise priority whatever the category: money, fraud, data, safety, leaving. */
export const URGENT_TERMS = ['返金', '詐欺', '漏洩', '流出', '解約', '訴え', '訴訟', '消費者センター', '消費者庁', '弁護士',
  '警察', '個人情報', '不正利用', '乗っ取', '発火', '発煙', '火事', '煙が', '爆発', '怪我', 'ケガ', 'やけど', '火傷',
  '二重請求', '請求', '炎上', '至急', '緊急', 'refund', 'scam', 'fraud', 'leak', 'lawsuit', 'hacked', 'fire', 'smoke',
  'urgent', 'cancel'];
