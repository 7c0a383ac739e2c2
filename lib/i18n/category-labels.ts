// Category names, apart from the other labels (labels.ts) because the content script's chip shows
// these and nothing else: the page carries no tone or severity words.
export const CATEGORY_LABELS = {
  en: { complaint: 'Complaint', question: 'Question', request: 'Request', praise: 'Praise', other: 'Other' },
  ja: { complaint: '苦情', question: '質問', request: '要望', praise: '称賛', other: 'その他' },
};
