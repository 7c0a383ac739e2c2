import { route } from '@/lib/background/router';
import { openPanelFromToolbar } from '@/lib/background/toolbar-panel';
import { startSync } from '@/lib/background/sync-engine-start';
import { startCorrectionsSync } from '@/lib/background/corrections-sync-start';
import { startHandledWatch } from '@/lib/background/watch-handled';
import { startPacksWatch } from '@/lib/background/watch-packs';
import { startRetention } from '@/lib/handled/retention-schedule';
import { startFollowPacks } from '@/lib/background/follow-packs';
import { acceptPanels } from '@/lib/background/panel-handoff';
import { acceptPortRequests } from '@/lib/contract/request-port';

export default defineBackground(() => {
  // The side panel's one-off messages, and the content scripts' port (request-port.ts): one router.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  acceptPortRequests(route);
  acceptPanels();
  startSync();
  startCorrectionsSync();
  startHandledWatch();
  startPacksWatch();
  startRetention();
  startFollowPacks();
  openPanelFromToolbar();
});
