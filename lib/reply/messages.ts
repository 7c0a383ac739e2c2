// Messages of the reply checks, in the operator's UI language.
export const messages = {
  en: {
    ngWord: '“{term}” is on the NG list{reason}.',
    ngWordSuggest: ' Use “{suggest}” instead.',
    ngReason: ' ({reason})',
    tooLong: 'The reply is {length}/280 as X counts it ({over} over). The highlighted part does not fit.',
    personalInfo: 'This asks in public for {items}. Ask the person to send it by DM instead.',
    emojiInFormal: '“{emoji}” reads as casual in a formal reply.',
    templateUnchanged: 'This is the template as is. Add something about this person and their problem.',
    missingVariable: '{{{variable}}} has no value. Type it in or reword the sentence before sending.',
    listSeparator: ', ',
  },
  ja: {
    ngWord: '「{term}」はNGワードです{reason}。',
    ngWordSuggest: '「{suggest}」に言い換えてください。',
    ngReason: '（{reason}）',
    tooLong: 'Xの数え方で{length}/280文字です（{over}超過）。強調した部分が入りません。',
    personalInfo: '{items}を公開の返信で尋ねています。DMで送っていただくようにお願いしてください。',
    emojiInFormal: '「{emoji}」はフォーマルな返信にはくだけすぎます。',
    templateUnchanged: 'テンプレートのままです。この方とお困りごとに触れる一言を加えてください。',
    missingVariable: '{{{variable}}} の値がありません。送る前に入力するか、文を直してください。',
    listSeparator: '・',
  },
};
