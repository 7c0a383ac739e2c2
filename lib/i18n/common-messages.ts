// Words every part of Kizuki shows: ages (「3分前」) and category names, in Japanese and English.
import { CATEGORY_LABELS } from './category-labels';

export const messages = {
  en: {
    justNow: 'just now',
    minutes: '{n} min ago',
    hours: '{n} h ago',
    days: '{n} d ago',
    ...CATEGORY_LABELS.en,
  },
  ja: {
    justNow: 'たった今',
    minutes: '{n}分前',
    hours: '{n}時間前',
    days: '{n}日前',
    ...CATEGORY_LABELS.ja,
  },
};
