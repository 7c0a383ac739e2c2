import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { forgetTab, pruneSeen } from '../queue/seen-posts';
import { operatorSettings } from '../settings/settings';
import { purgeOlderThan } from './retention';
import { pruneTeamData } from '../team/team-store';

const ALARM = 'kizuki-retention';

/** The handled log and the seen posts past the retention setting; seen posts of tabs that are gone. */
async function purgeNow(newSession = false): Promise<void> {
  const { retentionDays } = await operatorSettings.getValue();
  const now = Date.now();
  const open = newSession ? null : (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  await Promise.all([purgeOlderThan(db, retentionDays, now), pruneSeen(db, open, retentionDays, now), pruneTeamData(db, retentionDays, now)]);
}

/**
 * Purges when the background starts and once a day after (an alarm, because a service worker does
 * not live long enough for a timer). A closed tab's seen posts go at once; a new browser session
 * reuses tab ids, so its start drops every seen post of the last one.
 */
export function startRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purgeNow();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(db, tabId));
  browser.runtime.onStartup.addListener(() => void purgeNow(true));
  // Re-creating an alarm resets its clock; a worker that restarts hourly would then never reach it.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
  });
  void purgeNow();
}
