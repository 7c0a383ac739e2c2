import { route } from '@/lib/background/router';
import { startSync } from '@/lib/background/sync-engine-start';
import { startHandledWatch } from '@/lib/background/watch-handled';
import { startPacksWatch } from '@/lib/background/watch-packs';
import { startRetention } from '@/lib/handled/retention-schedule';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startSync();
  startHandledWatch();
  startPacksWatch();
  startRetention();
  // Chrome: the toolbar button (and its shortcut) opens the side panel.
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch(() => {});
});
