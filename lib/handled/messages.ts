// Errors the background returns to the chip, which shows them as they are (already translated).
export const messages = {
  en: {
    'no-operator': 'Set your operator name in Settings first.',
    'not-found': 'This post is not marked handled by you.',
    expired: 'Too late to undo: the record is kept.',
  },
  ja: {
    'no-operator': '先に「設定」で担当者名を入力してください。',
    'not-found': 'この投稿はあなたの対応済みになっていません。',
    expired: '取り消せる時間を過ぎました。記録は残ります。',
  },
};
