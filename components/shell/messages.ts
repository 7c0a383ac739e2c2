export const messages = {
  en: { queue: 'Queue', history: 'History', reports: 'Reports', packs: 'Packs', settings: 'Settings', loading: 'Loading…', tabsLabel: 'Kizuki' },
  ja: { queue: 'キュー', history: '履歴', reports: 'レポート', packs: 'パック', settings: '設定', loading: '読み込み中…', tabsLabel: 'Kizuki' },
};
