import { KizukiDatabase } from '../../lib/db/database';
import type { HandledRecord } from '../../lib/contract/records';
import type { SyncConfig } from '../../lib/sync/config';

// Small hand-made records: two operators of a fictional team handling posts.

export const OPERATORS = [
  { name: 'sato', password: 'pw-sato-一二三' },
  { name: 'suzuki', password: 'pw-suzuki-456' },
];

let dbCounter = 0;
/** A fresh local database, as on one operator's machine (fake-indexeddb in unit tests). */
export function clientDb(label: string): KizukiDatabase {
  return new KizukiDatabase(`kizuki-test-${label}-${++dbCounter}-${Date.now()}`);
}

export function configFor(url: string, team: string, who: { name: string; password: string }): SyncConfig {
  return { url, team, user: who.name, password: who.password };
}

export function handled(postId: string, operator: string, extra: Partial<HandledRecord> = {}): HandledRecord {
  return {
    postId,
    operator,
    operatorName: extra.operator ?? operator,
    url: `https://x.com/customer_${postId.slice(-3)}/status/${postId}`,
    authorHandle: `customer_${postId.slice(-3)}`,
    category: 'complaint',
    priority: 3,
    brands: ['midori'],
    action: 'replied',
    handledAt: 1_780_000_000_000 + Number(postId.slice(-4)),
    publishedAt: 1_779_990_000_000,
    replyText: 'ご不便をおかけして申し訳ございません。',
    sync: 'local',
    ...extra,
  };
}

/** Records a handled post locally and queues it, as the "mark handled" handler does. */
export async function markLocally(database: KizukiDatabase, record: HandledRecord, enqueue: (r: HandledRecord, d: KizukiDatabase) => Promise<void>) {
  await database.handled.put(record);
  await enqueue(record, database);
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, ms = 10_000, every = 50): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, every));
  }
}
