import { normalize } from '../normalized';

// Word lists for `personal-info-public`, written as people write them; they are compared on the
// normalised form (so パスワード, ﾊﾟｽﾜｰﾄﾞ and ぱすわーど are one word, DM and ＤＭ too).

/** Personal data a support account must never collect in a public reply. */
export const PERSONAL_JA = [
  '住所', '電話番号', '携帯番号', '連絡先', '注文番号', '契約番号', '会員番号', 'お客様番号', '顧客番号',
  '受付番号', '口座番号', 'メールアドレス', 'メアド', 'アドレス', 'パスワード', '暗証番号', 'カード番号',
  'クレジットカード', 'セキュリティコード', '生年月日', '氏名', '本名', 'フルネーム', '郵便番号', 'マイナンバー',
];

// English items; bare "address" and "phone" are verbs too, so they need a determiner or a noun.
export const PERSONAL_EN = String.raw`(?:(?:your|ur|the|and|home|shipping|postal|mailing|billing|e-?mail)\s+address|(?:your\s+)?(?:order\s+(?:number|no\.?|id|#)|phone\s+number|mobile\s+number|e-?mail\s+address|password|pin(?:\s+code)?|card\s+(?:number|details)|credit\s+card(?:\s+number)?|account\s+(?:number|details)|contract\s+number|customer\s+number|date\s+of\s+birth|full\s+name|zip\s*code|postcode)|your\s+(?:phone|e-?mail|address))`;

/** Asking the reader to give something. */
export const REQUEST = [
  '教えて', 'お知らせ', '知らせて', 'お送り', '送って', '送信', 'ご連絡', '連絡して', '記載して', 'ご記載', 'ご記入',
  '記入して', '書いて', '書き込', 'ご入力', '入力して', 'ご提示', '提示して', 'ご提供', '提供して', '伺え', 'うかがえ',
  'お聞かせ', '聞かせて', 'お教え', 'お伺い', '伺って', 'お尋ね', 'お聞きし', '確認させて', '共有', 'をお願い', 'もお願い', 'をいただけ', 'を頂け', 'をいただき', 'を頂き', 'を添えて',
  '返信', 'リプ', 'コメント', 'こちらに', 'ここに',
  'tell us', 'tell me', 'let us know', 'let me know', 'send', 'share', 'provide', 'give us', 'give me', 'reply',
  'post', 'comment', "what is your", "what's your", 'what’s your', 'drop', 'include', 'need your', 'below', 'here',
];

/** The request points at a private channel. */
export const PRIVATE = [
  'dm', 'ダイレクトメッセージ', '個別', '非公開', 'メッセージで', 'メッセージにて', 'フォーム', '窓口', '電話で', '電話にて',
  'メールで', 'メールにて', 'direct message', 'private message', 'privately', 'in private', 'pm', 'form',
  'email us', 'e-mail us', 'call us', 'by phone', 'by email', 'via email',
];

/** The request explicitly points at this public thread. */
export const PUBLIC = [
  '返信で', '返信にて', '返信欄', 'リプで', 'リプライ', 'コメント欄', 'コメントで', 'こちらに', 'ここに', 'このツイート',
  'このポスト', 'この投稿', 'スレッド', 'ではなく', '引用', 'reply with', 'reply here', 'in a reply', 'in the comments',
  'this thread', 'below', 'publicly', 'not by dm', 'not via dm',
];

/** The sentence warns against sharing, or says Kizuki's team never asks. */
export const CAUTION = [
  'ないでください', 'ないでね', 'ないように', 'ないよう', 'ぬよう', 'お控え', '控えて', '不要', '必要はありません', '必要はございません',
  'ことはありません', 'ことはございません', 'いたしません', 'しません', 'never', "don't", 'don’t', 'do not', 'will not',
  "won't", 'avoid', 'no need',
];

/** Normalised like the draft, so cues compare with the draft's normalised text. */
export const normalizedList = (list: string[]): string[] => list.map((w) => normalize(w).text);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One RegExp per cue list; Latin cues must be whole words ("dm" is not in "admin", "form" not in "information"). */
export function cueMatcher(cues: string[]): RegExp {
  const alternatives = normalizedList(cues).map((c) =>
    /^[\x20-\x7f’]+$/.test(c) ? `(?<![a-z0-9])${escape(c)}(?![a-z0-9])` : escape(c),
  );
  return new RegExp(alternatives.join('|'), 'u');
}
