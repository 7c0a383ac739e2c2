export const operatorMessages = {
  en: {
    title: 'You',
    operator: 'Your name',
    operatorHint: 'Shown to teammates on handled posts and claims, e.g. “Sato”.',
    signature: 'Signature',
    signatureHint: 'Fills {{operator}} in templates, e.g. “Support team (Sato)”. Your name is used when empty.',
    save: 'Save',
    saved: 'Saved',
    nameRequired: 'Enter your name.',
  },
  ja: {
    title: 'オペレーター',
    operator: '名前',
    operatorHint: '対応済みや返信中の表示でチームに見える名前です（例：佐藤）。',
    signature: '署名',
    signatureHint: 'テンプレートの {{operator}} に入ります（例：サポート担当 佐藤）。空なら名前を使います。',
    save: '保存',
    saved: '保存しました',
    nameRequired: '名前を入力してください。',
  },
};
