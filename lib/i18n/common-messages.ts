// Words every part of Kizuki shows: ages (「3分前」) and category names, in Japanese and English.
export const messages = {
  en: {
    justNow: 'just now',
    minutes: '{n} min ago',
    hours: '{n} h ago',
    days: '{n} d ago',
    complaint: 'Complaint',
    question: 'Question',
    request: 'Request',
    praise: 'Praise',
    other: 'Other',
  },
  ja: {
    justNow: 'たった今',
    minutes: '{n}分前',
    hours: '{n}時間前',
    days: '{n}日前',
    complaint: '苦情',
    question: '質問',
    request: '要望',
    praise: '称賛',
    other: 'その他',
  },
};
