import { afterEach, describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '@/lib/categories';
import { KizukiDatabase } from '@/lib/db/database';
import type { SightingRow } from '@/lib/db/records';
import { DEMO_PACK } from '@/lib/pack/store';
import { deadlineOf, type DeadlinePolicy } from '@/lib/team/deadlines';
import { loadInbox, loadInboxFullScan } from '@/lib/team/load-inbox';

// The panel's first screen of the team inbox is read through indexes; it must be exactly what
// merging every sighting in memory (buildInbox) shows: same rows, same order, same counts.

const NOW = Date.UTC(2026, 5, 4, 3, 0); // a Thursday, 12:00 in Tokyo
const H = 3_600_000;
const POLICIES: (DeadlinePolicy | null)[] = [
  null,
  { replyWithinMinutes: 180 },
  { replyWithinMinutes: 240, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Asia/Tokyo' } },
];

let open: KizukiDatabase[] = [];
afterEach(async () => {
  for (const d of open) await d.delete();
  open = [];
});

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function inboxDb(seed: number, policy: DeadlinePolicy | null, size: number) {
  const rand = rng(seed);
  const db = new KizukiDatabase(`inbox-screen-${seed}-${Math.random()}`);
  open.push(db);
  if (policy) await db.packs.add({ id: 'team', pack: { ...DEMO_PACK, replyDeadline: policy }, enabled: true, order: 0, importedAt: NOW, source: 'test' });
  // Few priorities and hours on the hour make many ties on the index keys, the edge a screen cuts through.
  const priorities = [0, 20, 50, 50, 80, 100];
  const rows: SightingRow[] = Array.from({ length: size }, (_, i) => {
    const seenAt = NOW - Math.floor(rand() * 30) * H;
    const row = {
      postId: String(1_900_000_000_000_000_000n + BigInt(Math.floor(rand() * 1e9) * 1000 + i)),
      operator: `op${i % 4}`, seenAt, url: `https://x.com/c/status/${i}`, authorHandle: 'c', displayName: 'C', text: `post ${i}`, lang: 'ja',
      publishedAt: rand() < 0.2 ? null : seenAt - Math.floor(rand() * 3) * H,
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!, priority: priorities[Math.floor(rand() * priorities.length)]!, brands: ['midori'],
      sync: 'remote' as const,
    };
    return { ...row, deadline: deadlineOf(row, policy) };
  });
  await db.sightings.bulkAdd(rows);
  const handled = rows.filter(() => rand() < 0.35);
  await db.handled.bulkAdd(
    handled.flatMap((r, i) => Array.from({ length: 1 + (i % 2) }, (_, k) => ({ postId: r.postId, operator: `op${k}`, operatorName: `op${k}`, handledAt: NOW - H, action: 'replied' }) as never)),
  );
  await db.claims.bulkAdd(
    rows.filter(() => rand() < 0.1).map((r, i) => ({ postId: r.postId, operator: `op${i % 3}`, operatorName: `名前${i % 3}`, claimedAt: NOW - 60_000, expiresAt: i % 4 === 0 ? NOW - 1 : NOW + 60_000 }) as never),
  );
  return db;
}

describe('the first screen of the team inbox read through indexes', () => {
  test('matches the merge of every sighting, on random inboxes with and without deadlines, for every category and screen size', async () => {
    let checked = 0;
    for (const [p, policy] of POLICIES.entries()) {
      for (const seed of [1, 2]) {
        const db = await inboxDb(seed * 10 + p, policy, 400);
        for (const category of [undefined, ...CATEGORIES] as (Category | undefined)[]) {
          for (const limit of [1, 7, 50, 1000]) {
            const fast = await loadInbox(db, NOW, limit, category);
            const full = await loadInboxFullScan(db, NOW, limit, category);
            expect(fast).toEqual(full);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(POLICIES.length * 2 * (CATEGORIES.length + 1) * 4);
  });

  test('shows overdue posts first, who is replying, and counts what it does not show', async () => {
    const db = await inboxDb(5, POLICIES[1]!, 300);
    const inbox = await loadInbox(db, NOW, 20);
    expect(inbox.overdue).toBeGreaterThan(20);
    expect(inbox.rows.every((r) => r.overdue)).toBe(true);
    expect(inbox.rows.map((r) => r.deadline)).toEqual([...inbox.rows.map((r) => r.deadline)].sort((a, b) => a - b));
    expect(inbox.total).toBeGreaterThan(inbox.overdue);
    const wide = await loadInbox(db, NOW, 1000);
    expect(wide.rows).toHaveLength(wide.total);
    expect(wide.rows.some((r) => r.replying !== null)).toBe(true);
    const handled = new Set((await db.handled.toArray()).map((h) => h.postId));
    expect(wide.rows.some((r) => handled.has(r.postId))).toBe(false);
  });

  test('stored deadlines from an older policy: the screen still follows the team policy of now', async () => {
    const db = await inboxDb(6, POLICIES[1]!, 200);
    await db.packs.update('team', { pack: { ...DEMO_PACK, replyDeadline: { replyWithinMinutes: 60 * 24 * 7 } } });
    expect(await loadInbox(db, NOW, 30)).toEqual(await loadInboxFullScan(db, NOW, 30));
  });
});
