export const messages = {
  en: { queue: 'Queue', inbox: 'Team', history: 'History', reports: 'Reports', packs: 'Packs', settings: 'Settings', loading: 'Loading…', tabsLabel: 'Kizuki' },
  ja: { queue: 'キュー', inbox: 'チーム', history: '履歴', reports: 'レポート', packs: 'パック', settings: '設定', loading: '読み込み中…', tabsLabel: 'Kizuki' },
};
