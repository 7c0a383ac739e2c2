import { browser } from 'wxt/browser';
import { db } from '../db/database';
import { checkFollowedPacks } from '../pack/follow';

const ALARM = 'kizuki-follow-packs';

/** Checks followed pack URLs hourly (an alarm: a service worker does not live long enough for a timer). */
export function startFollowPacks(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void checkFollowedPacks(db).catch((e: unknown) => console.warn('kizuki: following packs', e));
  });
  // Re-creating an alarm resets its clock; a worker restarted often would then never reach it.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  });
}
