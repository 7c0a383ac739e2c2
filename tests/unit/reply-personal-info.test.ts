import { describe, expect, it } from 'vitest';
import { applyFix, checkDraft } from '../../lib/reply/check-draft';

const findings = (draft: string) =>
  checkDraft(draft, { tone: 'formal', ngWords: [], lang: 'ja' }).findings.filter((f) => f.code === 'personal-info-public');

// Drafts a Japanese support operator would write; each pair asks for the same data, one in the
// public reply (wrong), one by DM or another private channel (right).
const PUBLIC_ASKS: Array<[string, string]> = [
  ['田中様、ご不便をおかけし申し訳ございません。恐れ入りますが、ご契約番号を返信で教えてください。', 'ご契約番号'],
  ['お電話番号をこちらにお願いします。', 'お電話番号'],
  ['お電話番号をこちらに', 'お電話番号'],
  ['確認いたしますので、ご注文番号とご住所をお知らせいただけますでしょうか。', 'ご注文番号'],
  ['ログインできない件、ご登録のメールアドレスを教えていただけますか？', 'メールアドレス'],
  ['お手数ですが、ｶｰﾄﾞ番号の下4桁をリプライでお送りください。', 'ｶｰﾄﾞ番号'],
  ['会員番号をコメント欄にご記入ください。', '会員番号'],
  ['DMではなく、こちらの返信でご住所をお知らせください。', 'ご住所'],
  ['Could you reply with your order number so we can check?', 'your order number'],
  ["What's your email address? We'll look into it.", 'your email address'],
  ['ご住所をお伺いしてもよろしいでしょうか。', 'ご住所'],
  ['ご注文番号を確認させていただけますか。', 'ご注文番号'],
  ['恐れ入りますが、お電話番号を記載のうえ、こちらのツイートにご返信ください。', 'お電話番号'],
  ['修理受付のため、ご住所・お電話番号を教えてください', 'ご住所'],
  ['配送状況を確認しますので、注文番号を送ってください！', '注文番号'],
  ['Can you share your account details here?', 'your account details'],
];

const PRIVATE_ASKS = [
  '田中様、ご不便をおかけし申し訳ございません。お手数ですが、ご契約番号をDMでお送りください。',
  '契約番号をDMでお送りください',
  '恐れ入りますが、ご注文番号をダイレクトメッセージにてお知らせいただけますでしょうか。',
  'ご契約番号をお知らせください。DMでお願いいたします。',
  '詳しくお調べしますので、ＤＭにてご連絡ください。その際、ご登録のお電話番号もお知らせください。',
  'お問い合わせフォームからご住所をお送りください。',
  'Please DM us your order number and we will check right away.',
  'Could you send your account details to us via direct message?',
  'お手数ですが、ご登録のメールアドレスとお名前をDMでお送りいただけますと幸いです。',
  'ご契約者様のお名前とご契約番号を、ダイレクトメッセージにてお知らせくださいませ。',
  'ご注文番号がお分かりでしたら、DMにてお知らせください。',
];

// Mentions of personal data that are not asking for it.
const NOT_ASKING = [
  'パスワードをお伺いすることはございません。',
  'カード番号などの個人情報は返信に書き込まないでください。',
  'ご注文番号はご注文確認メールに記載されています。',
  'ご住所の変更はマイページから行えます。',
  'We will address this right away.',
  'We will never ask for your password.',
  'パスワードは誰にも教えないでください。',
  '当社からパスワードをお尋ねすることはございません。',
  'カード会社への連絡先はこちらです: https://example.com',
  'Never share your password with anyone.',
];

describe('personal-info-public', () => {
  it.each(PUBLIC_ASKS)('flags a public ask: %s', (draft, item) => {
    const [f] = findings(draft);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(draft.slice(f!.start, f!.start + item.length)).toBe(item);
    expect(f!.message).toContain(item);
  });

  it.each(PRIVATE_ASKS)('accepts an ask by a private channel: %s', (draft) => {
    expect(findings(draft)).toEqual([]);
  });

  it.each(NOT_ASKING)('ignores a mention that asks for nothing: %s', (draft) => {
    expect(findings(draft)).toEqual([]);
  });

  it('fixes the request clause to a DM request, keeping what comes before it', () => {
    const draft = '田中様、ご不便をおかけし申し訳ございません。恐れ入りますが、ご契約番号を返信で教えてください。';
    const [f] = findings(draft);
    const fixed = applyFix(draft, f!.fix!);
    expect(fixed).toBe('田中様、ご不便をおかけし申し訳ございません。恐れ入りますが、ご契約番号はDMでお送りください。');
    expect(f!.suggest).toBe('ご契約番号はDMでお送りください。');
    expect(findings(fixed)).toEqual([]);
  });

  it('fixes an English ask in English', () => {
    const draft = 'Sorry about that! Could you reply with your order number?';
    const fixed = applyFix(draft, findings(draft)[0]!.fix!);
    expect(fixed).toBe('Sorry about that! Please send your order number to us by DM.');
    expect(findings(fixed)).toEqual([]);
  });

  it('reports each asking sentence once', () => {
    const draft = 'ご住所を返信で教えてください。あわせて、お電話番号もこちらにお願いします。';
    expect(findings(draft).map((f) => draft.slice(f.start, f.end))).toEqual(['ご住所', 'お電話番号']);
  });
});

describe('personal-info-public cue words', () => {
  it('matches English cues as whole words only', () => {
    // "post" inside "postal", "dm" inside "admin", "form" inside "information" are not cues.
    expect(findings('We have your postal address on file.')).toEqual([]);
    expect(findings('Our admin will tell us your order number status.')).toHaveLength(1);
    expect(findings('For more information, please send your order number here.')).toHaveLength(1);
  });
});
