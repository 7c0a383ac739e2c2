import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { onTablesChanged } from '../db/on-tables-changed';
import { currentOperator, currentSyncConfig } from '../settings/operator';
import { syncSettings } from '../settings/settings';
import { movePasswordOutOfStorage } from '../settings/sync-credentials';
import { startSyncEngine, type SyncEngine } from '../sync/engine';
import { startTeamSync, type TeamSync } from '../sync/team-sync';
import { adoptUnsent, queueUnqueued } from '../sync/outbox';
import { writeStatus } from '../sync/status';
import { notifyTabs } from './notify-tabs';

// Runs the team sync in the background: (re)started whenever the sync settings change, kept going
// by an alarm (MV3 service workers sleep; the alarm wakes this module, which starts the engine
// again), and telling the x.com tabs when a teammate's record or claim changes a post's chip.

const ALARM = 'kizuki-sync';
let engine: SyncEngine | null = null;
let team: TeamSync | null = null;
/**
 * Which restart is the latest. Restarts overlap: the settings watch fires while an earlier restart
 * still awaits storage (moving an old password out of storage.local rewrites the settings, which
 * fires the watch again). Only the latest may start the loops; an earlier one that started them
 * anyway would leave an engine nobody can stop, with its own long polls holding connections the
 * browser shares with the panel (Chromium allows six per server).
 */
let generation = 0;

async function restart(): Promise<void> {
  const mine = ++generation;
  const superseded = () => mine !== generation;
  engine?.stop();
  team?.stop();
  engine = null;
  team = null;
  // A password left in storage.local (older version) moves out of the content script's reach; the
  // rewrite of the settings triggers one more restart, which finds it in the database.
  await movePasswordOutOfStorage();
  const config = await currentSyncConfig();
  if (superseded()) return;
  if (!config) {
    await writeStatus({ state: 'off', pending: await db.outbox.count() });
    return;
  }
  // Records made before sync was set up (under the local name) are sent in the sync user's name:
  // the server accepts nothing else.
  const me = await currentOperator();
  if (me) await adoptUnsent(db, me);
  // A record on this machine that is neither synced nor queued would never be sent: queue it.
  await queueUnqueued(db);
  // Checked after the last await: from here to the assignments nothing else can run.
  if (superseded()) return;
  engine = startSyncEngine({
    database: db,
    config,
    onChanged: (postIds) => void notifyTabs({ type: 'push/state-changed', postIds }),
    // Any extension API call resets the service worker's idle timer during long polls.
    keepAlive: () => void browser.runtime.getPlatformInfo().catch(() => {}),
  });
  // The team inbox, search rounds and team packs: their own loop (lib/sync/team-sync.ts).
  team = startTeamSync({ database: db, config, onChanged: (postIds) => void notifyTabs({ type: 'push/state-changed', postIds }) });
}

/** Called once from the background entrypoint. */
export function startSync(): void {
  void restart();
  syncSettings.watch(() => void restart());
  // A first sighting or a round's count is news for the teammates' inbox now, not at the next turn.
  onTablesChanged(db, ['sightings', 'rounds'], () => team?.kick());
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    // Wakes any loop that is waiting out a refusal and restarts one that stopped.
    if (alarm.name === ALARM) {
      engine?.revive();
      team?.kick();
    }
  });
}

/** The panel's "retry now": every loop tries again at once instead of waiting out its backoff. */
export function retrySyncNow(): void {
  engine?.revive();
  team?.kick();
}
