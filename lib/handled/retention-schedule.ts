import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { operatorSettings } from '../settings/settings';
import { purgeOlderThan } from './retention';

const ALARM = 'kizuki-retention';

async function purgeNow(): Promise<void> {
  const { retentionDays } = await operatorSettings.getValue();
  await purgeOlderThan(db, retentionDays, Date.now());
}

/**
 * Purges records older than the retention setting when the background starts and once a day after
 * (an alarm, because a service worker does not live long enough for a timer).
 */
export function startRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void purgeNow();
  });
  // Re-creating an alarm resets its clock; a worker that restarts hourly would then never reach it.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
  });
  void purgeNow();
}
