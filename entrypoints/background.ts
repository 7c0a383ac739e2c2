import { route } from '@/lib/background/router';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // Chrome: the toolbar button (and its shortcut) opens the side panel.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});
});
