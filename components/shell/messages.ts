export const messages = {
  en: { queue: 'Queue', history: 'History', reports: 'Reports', packs: 'Packs', settings: 'Settings', tabsLabel: 'Kizuki' },
  ja: { queue: 'キュー', history: '履歴', reports: 'レポート', packs: 'パック', settings: '設定', tabsLabel: 'Kizuki' },
};
