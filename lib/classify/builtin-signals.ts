import type { Category } from '../categories';

// Built-in signals every spec gets (see compile-spec.ts): everyday Japanese of support threads on X
// plus basic English. Written as people type them; the matcher folds katakana/hiragana, width and
// case, so one spelling covers the variants. Verb stems (壊れ, 繋がら) let the negation rule see what
// follows (壊れてない, 繋がらなくはない). Weights: 2 = unambiguous, 1 = usual, 0.5 = weak hint.

export type SignalCategory = Exclude<Category, 'other'>;
export type WeightedTerms = Record<number, string[]>;

export const BUILTIN_SIGNALS: Record<SignalCategory, WeightedTerms> = {
  complaint: {
    0.5: ['られた', 'んだけど'],
    2: ['届かない', '届いてない', '届いていない', '届かず', '壊れ', '故障', '繋がらない', 'つながらない', '圏外', '最悪',
      '不具合', '使えない', '動かない', '起動しない', '初期不良', '通信障害', '障害', '最低', 'ありえない', 'あり得ない',
      '許せない', 'ふざけるな', 'ふざけんな', '二度と買わない', '二度と使わない', '金返せ', '返事がない', '返信がない',
      '放置され', '繋がりにくい', 'どういうこと', 'どうなって', '二度と', '納得いかない', '納得できない', 'いい加減にして', '断線', '意味ない', '意味がない', '落ちまく', 'ひどくない?', '全然違う', "won't turn on",
      'charged me twice', 'double charged', 'つながりにくい', 'フリーズ', '充電できない', '反応しない', '不良品', '落ちてる', 'エラー',
      'broken', 'not working', "doesn't work", "does not work", "didn't work", 'never arrived', 'worst', 'terrible',
      'awful', 'useless', 'still waiting', 'no signal', "can't connect", 'cannot connect', 'crashes', 'keeps crashing'],
    1: ['困って', '困った', '困る', 'がっかり', '残念', 'ひどい', '酷い', 'ひどすぎ', '遅すぎ', '遅い', 'ムカつく', 'むかつく',
      '不満', '不便', 'バグ', '固まる', '固まった', '途切れ', '落ちた', '待たされ', '高すぎ', '値上げ', '改悪', 'いつまで',
      'まだ届', '不親切', '遅れ', '連絡もなし', '連絡がない', '連絡なし', '焦げ', '合わない', 'マシだった', '対象外',
      '引き落とされ', '少なすぎ', 'にくい', '怖い', '怖すぎ', 'おかしい', '割れ', '傷', '違う', 'できない', '押せない', '漏れ', 'ノイズ',
      '削除され', '落ちる', 'late', "won't", "can't", 'nobody', '対応が悪い', '使いにくい', 'うるさい', 'イライラ', 'いらいら', '(棒)', '皮肉', '勘弁', 'disappointed',
      'bug', 'slow', 'annoying', 'frustrat', 'ridiculous', 'error', 'down again', 'unacceptable', '繋がら', 'つながら'],
  },
  question: {
    2: ['ってどうやる', 'どうやって', 'どうすれば', 'どうしたら', 'できますか', 'ありますか', 'でしょうか', '教えて',
      '教えてください', '教えてほしい', '知りたい', 'わかる人', '分かる人', '詳しい人', 'ご存知の方', '方法ある', 'how do i',
      'how to', 'is there a way', 'does anyone know', 'can i ', 'anyone know'],
    1: ['?', 'ますか', 'ですか', 'のかな', 'っけ', 'いくら', 'ませんか', 'does ', 'do you', 'is it', 'are there', 'んだろう', 'どこで', 'どこに', 'いつから', 'いつ頃', 'どれくらい', '誰か', 'なぜ',
      '違いって', 'ってなに', 'って何', 'どう違う', 'どっちが', '可能か', 'できる?', 'what is', 'where can', 'when will'],
    0.5: ['なんで', 'どう', 'どの', '方法'],
  },
  request: {
    2: ['してほしい', 'して欲しい', 'てほしい', 'て欲しい', 'でほしい', 'ください', '下さい', '対応して', '復活希望', '希望します',
      'お願いします', 'お願いしたい', '改善して', '直して', '戻して', '再販して', '追加して', '導入して', 'してくれ',
      'くれませんか', 'もらえませんか', 'と助かります', 'ると助かる', 'たら助かる', 'ていただけると', 'ていただけたら', 'ようにして', 'くれると嬉しい', 'くれたら嬉しい', 'てくれるとうれしい', 'てくれたらうれしい',
      'please', 'would love', 'bring back', 'i wish', 'hope you', 'could you', 'needs to'],
    1: ['希望', 'お願い', '復活', '再販', 'ほしいです', '欲しいです', '頼む', '頼みます', '検討して', 'してもらえると', 'してもらえたら', 'してくれたら', 'いいのに', 'たらいいな',
      'あったらいい', 'あればいい', 'なってほしい', '待ってます', 'should', 'add ', 'wish'],
  },
  praise: {
    2: ['神対応', 'ありがとう', '有難う', '最高', '助かった', '助かり', '助かる', '感謝', '素晴らしい', 'すばらしい',
      '感動', '大満足', '大好き', 'さすが', '神アプデ', '優秀', '快適', '助かって', 'ありがた', 'いい買い物', 'thank', 'loving', 'great', 'love', 'awesome', 'amazing',
      'excellent', 'helpful', 'perfect', 'best'],
    1: ['丁寧', '親切', '嬉しい', 'うれしい', '満足', '便利', '好き', 'おすすめ', 'オススメ', '良かった', 'よかった', '安心',
      '迅速', 'すぐ届いた', '早い', '良すぎ', 'よすぎ', '偉い', 'えらい', 'すごい', 'すごかった', '頑丈', 'きれい', '綺麗', '優し', '爆速', 'また行きます', 'また行きたい', 'リピート', 'better than', 'fixed',
      'replaced', '気に入', '愛用', '最強', '推せる', '買ってよかった', 'good', 'nice', 'happy', 'fast'],
  },
};

/** Words that raise priority whatever the category: money, fraud, data, safety, leaving. Each also
 * counts as a weak complaint signal (URGENT_COMPLAINT_WEIGHT): nobody writes 詐欺 or 発煙 in praise. */
export const URGENT_COMPLAINT_WEIGHT = 1;
export const URGENT_TERMS = ['返金', '詐欺', '漏洩', '流出', '解約', '訴え', '訴訟', '消費者センター', '消費者庁', '弁護士', '警察',
  '個人情報', '不正利用', '乗っ取', '発火', '発煙', '火事', '煙が', '爆発', '怪我', 'ケガ', 'やけど', '火傷', '二重請求',
  '請求', '炎上', '至急', '緊急', 'refund', 'scam', 'fraud', 'leak', 'lawsuit', 'hacked', 'fire', 'smoke', 'urgent', 'cancel'];
