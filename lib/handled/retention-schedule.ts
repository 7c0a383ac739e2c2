import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { DEFAULT_QUEUE_HOURS, pruneSeen } from '../queue/seen-posts';
import { operatorSettings } from '../settings/settings';
import { purgeOlderThan } from './retention';
import { pruneTeamData } from '../team/team-store';

const ALARM = 'kizuki-retention';

/** The handled log past the retention setting; seen posts past the queue's window (or retention, if shorter). */
async function purgeNow(): Promise<void> {
  const { retentionDays, queueHours = DEFAULT_QUEUE_HOURS } = await operatorSettings.getValue();
  const now = Date.now();
  await Promise.all([purgeOlderThan(db, retentionDays, now), pruneSeen(db, queueHours, retentionDays, now), pruneTeamData(db, retentionDays, now)]);
}

/**
 * Purges when the background starts and once a day after (an alarm, because a service worker does
 * not live long enough for a timer). Closing a tab or the browser forgets nothing: the queue holds
 * what the operator saw in the last hours, in any tab (the panel shows only the window itself).
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
