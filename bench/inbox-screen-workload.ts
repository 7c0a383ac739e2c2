import { CATEGORIES } from '../lib/categories';
import type { HandledRecord } from '../lib/contract/records';
import { KizukiDatabase } from '../lib/db/database';
import type { SightingRow } from '../lib/db/records';
import { DEMO_PACK } from '../lib/pack/store';
import { deadlineOf, type DeadlinePolicy } from '../lib/team/deadlines';
import { loadInbox, loadInboxFullScan } from '../lib/team/load-inbox';

// The team inbox's first screen as the panel asks for it (lib/team/load-inbox.ts), on a stored inbox:
// free of any Node import, so the same code runs bundled into a Chromium page (the browser's real
// IndexedDB) and in Node (fake-indexeddb).

export const NOW = Date.UTC(2026, 5, 4, 3, 0); // Thursday 12:00 in Tokyo
const H = 3_600_000;
const DB_NAME = 'kizuki-bench-inbox';
export const TOKYO_HOURS: DeadlinePolicy = { replyWithinMinutes: 240, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Tokyo' } };

export type Path = 'index' | 'full';
export interface Shot { ms: number; ids: string; total: number; overdue: number }

/** Four days of a team's sightings (priorities 0–99), some handled (one post in five by two operators), 40 live claims. */
export async function fill(sightings: number, handled: number, policy: DeadlinePolicy | null): Promise<void> {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const db = new KizukiDatabase(DB_NAME);
  await db.delete();
  await db.open();
  // One enabled pack: with a reply deadline or without one (the demo pack sets none).
  await db.packs.add({ id: 'team', pack: policy ? { ...DEMO_PACK, replyDeadline: policy } : { ...DEMO_PACK, replyDeadline: undefined }, enabled: true, order: 0, importedAt: NOW, source: 'bench' });
  const rows: SightingRow[] = Array.from({ length: sightings }, (_, i) => {
    const seenAt = NOW - Math.floor(rand() * 4 * 24 * H);
    const postId = String(1_960_000_000_000_000_000n + BigInt(i));
    const row = {
      postId, operator: `op${i % 10}`, seenAt, url: `https://x.com/customer${i % 997}/status/${postId}`, authorHandle: `customer${i % 997}`, displayName: `お客様${i % 997}`,
      text: `ミドリ電機の冷蔵庫が壊れた。返金してほしい (${i})`, lang: 'ja', publishedAt: rand() < 0.05 ? null : seenAt - Math.floor(rand() * H),
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!, priority: Math.floor(rand() * 100), brands: ['ミドリ電機'], sync: 'remote' as const,
    };
    return { ...row, deadline: deadlineOf(row, policy) };
  });
  await db.sightings.bulkAdd(rows);
  const records: HandledRecord[] = [];
  for (let i = 0; records.length < handled; i++) {
    const s = rows[Math.floor(rand() * rows.length)]!;
    for (const operator of i % 5 === 0 ? ['op1', 'op2'] : ['op1']) {
      records.push({ postId: s.postId, operator, operatorName: operator, url: s.url, authorHandle: s.authorHandle, category: s.category, priority: s.priority, brands: s.brands, action: 'replied', handledAt: NOW - H, publishedAt: s.publishedAt, text: s.text } as HandledRecord);
    }
  }
  await db.handled.bulkPut(records.slice(0, handled));
  await db.claims.bulkPut(rows.slice(0, 40).map((s) => ({ postId: s.postId, operator: 'op3', operatorName: '鈴木', claimedAt: NOW - 60_000, expiresAt: NOW + 60_000 }) as never));
  db.close();
}

/** From "the panel asks" (its database connection not yet open) to the first screen's rows. */
export async function once(path: Path, limit = 50): Promise<Shot> {
  const t0 = performance.now();
  const db = new KizukiDatabase(DB_NAME);
  const inbox = await (path === 'index' ? loadInbox : loadInboxFullScan)(db, NOW, limit);
  const ms = performance.now() - t0;
  db.close();
  return { ms, ids: inbox.rows.map((r) => r.postId).join(), total: inbox.total, overdue: inbox.overdue };
}

/** The panel reading again on an open connection (a live query re-running): `runs` times each, in blocks. */
export async function warm(runs: number, limit = 50): Promise<Record<Path, number[]>> {
  const db = new KizukiDatabase(DB_NAME);
  await db.open();
  const out: Record<Path, number[]> = { index: [], full: [] };
  for (const path of ['index', 'full'] as const) {
    const load = path === 'index' ? loadInbox : loadInboxFullScan;
    await load(db, NOW, limit);
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await load(db, NOW, limit);
      out[path].push(performance.now() - t0);
    }
  }
  db.close();
  return out;
}
