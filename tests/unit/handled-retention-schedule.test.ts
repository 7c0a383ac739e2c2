import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { startRetention } from '@/lib/handled/retention-schedule';
import { operatorSettings } from '@/lib/settings/settings';

const DAY = 86_400_000;
const rec = (postId: string, ageDays: number): HandledRecord => ({
  postId, operator: '佐藤', operatorName: '佐藤', handledAt: Date.now() - ageDays * DAY, url: '', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'skipped', publishedAt: null, sync: 'local',
});
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('retention schedule', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.handled.clear();
  });

  it('purges on start, keeps one daily alarm, and purges again when it fires', async () => {
    await operatorSettings.setValue({ operator: '佐藤', signature: '', retentionDays: 30 });
    await db.handled.bulkAdd([rec('1', 1), rec('2', 31)]);
    startRetention();
    await until(async () => (await db.handled.count()) === 1);
    expect((await db.handled.toArray()).map((r) => r.postId)).toEqual(['1']);
    await until(async () => !!(await browser.alarms.get('kizuki-retention')));
    expect((await browser.alarms.get('kizuki-retention'))?.periodInMinutes).toBe(24 * 60);

    await db.handled.add(rec('3', 45));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'kizuki-retention', scheduledTime: Date.now() });
    await until(async () => (await db.handled.count()) === 1);
    expect((await db.handled.toArray()).map((r) => r.postId)).toEqual(['1']);
  });
});
