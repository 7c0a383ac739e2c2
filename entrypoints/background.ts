import { route } from '@/lib/background/router';
import { startSync } from '@/lib/background/sync-engine-start';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startSync();
  // Chrome: the toolbar button (and its shortcut) opens the side panel.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});
});
