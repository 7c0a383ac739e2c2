// What the chip says, in Japanese and English (makeT picks by browser language). The markup notice's
// words are the extension's own locale messages (public/_locales), which cost the page no bytes.
export const messages = {
  en: {
    priority: 'Priority {n}',
    markHandled: 'Mark handled',
    undo: 'Undo',
    reply: 'Reply',
    handledBy: 'Handled · {who}',
    handledEntry: '{operator} · {ago}',
    replying: '{operator} is replying',
    overdue: 'Reply overdue',
    markFailed: 'Could not mark handled: {error}',
    chipLabel: 'Kizuki: {category}, {p}',
    fixCategory: 'Correct category',
  },
  ja: {
    priority: '優先度 {n}',
    markHandled: '対応済みにする',
    undo: '元に戻す',
    reply: '返信',
    handledBy: '対応済み · {who}',
    handledEntry: '{operator} · {ago}',
    replying: '{operator}さんが返信中',
    overdue: '返信期限超過',
    markFailed: '対応済みにできませんでした: {error}',
    chipLabel: 'Kizuki: {category}、{p}',
    fixCategory: '分類を訂正',
  },
};
