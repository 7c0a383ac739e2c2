import { CATEGORIES } from '../lib/categories';
import { KizukiDatabase } from '../lib/db/database';
import { HANDLED_ACTIONS, type HandledRecord } from '../lib/contract/records';
import { getPostStates, getPostStatesDirect } from '../lib/handled/post-states';
import { buildReport } from '../lib/reports/report';
import { recordsIn } from '../lib/reports/report';
import { lastDays } from '../lib/reports/report';

// The handled-log workload, free of any Node or fake-indexeddb import so the same code runs in Node
// (on fake-indexeddb) and bundled into a Chromium page (on the browser's real IndexedDB).

const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 25, 3, 0);
const OPERATORS = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺'];
const TERMS = ['圏外', '返金', '遅い', '繋がらない', '解約', '故障', '高い'];

/** A year of records, seeded so runs compare; one post in ten handled by two operators. */
export function makeRecords(count: number): HandledRecord[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: HandledRecord[] = [];
  for (let i = 0; out.length < count; i++) {
    const postId = String(1_850_000_000_000_000_000n + BigInt(i) * 7919n);
    const handledAt = NOW - Math.floor(rand() * 365 * DAY);
    const operator = pick(OPERATORS);
    const base: HandledRecord = {
      postId, operator, operatorName: operator, url: `https://x.com/user${i % 5000}/status/${postId}`, authorHandle: `user${i % 5000}`,
      category: pick(CATEGORIES), priority: Math.floor(rand() * 100), brands: ['acme'], action: pick(HANDLED_ACTIONS),
      handledAt, publishedAt: handledAt - Math.floor(rand() * 6 * 3_600_000), text: `ACMEの件 ${i}`,
      terms: [pick(TERMS), pick(TERMS)], sync: 'remote',
    };
    out.push(base);
    if (i % 10 === 0 && out.length < count) out.push({ ...base, operator: OPERATORS.find((o) => o !== base.operator)!, handledAt: handledAt + 60_000 });
  }
  return out;
}

async function timeRuns(runs: number, fn: () => Promise<unknown>, warmUp = 3): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export interface Runs { bulk: number; perPost: number; anyOf: number; report: number }

export interface Measured {
  records: number;
  loadMs: number;
  found: number;
  bulk: number[];
  /** The same read as the worker answers the chips with: plain IndexedDB requests (getPostStatesDirect). */
  direct: number[];
  perPost: number[];
  anyOf: number[];
  reportRecords: number;
  reportRead: number[];
  reportCompute: number[];
  reportTotal: number[];
  fullScanMs: number;
}

/** Loads `count` records into a fresh database and times the lookups and the 30-day report. */
export async function measure(count: number, runs: Runs): Promise<Measured> {
  const db = new KizukiDatabase(`bench-handled-${Date.now()}`);
  const records = makeRecords(count);
  let start = performance.now();
  for (let i = 0; i < records.length; i += 10_000) await db.handled.bulkAdd(records.slice(i, i + 10_000));
  const claimed = [...new Map(records.slice(0, 600).map((r) => [r.postId, r])).values()];
  await db.claims.bulkAdd(claimed.map((r, i) => ({ postId: r.postId, operator: r.operator, operatorName: r.operatorName, expiresAt: NOW + (i % 2 ? 60_000 : -60_000) })));
  const loadMs = performance.now() - start;

  // A screenful: 40 handled posts spread over the log and 10 nobody handled yet.
  const visible = [
    ...Array.from({ length: 40 }, (_, i) => records[Math.floor((i * records.length) / 40)]!.postId),
    ...Array.from({ length: 10 }, (_, i) => `99${i}`),
  ];
  const found = Object.keys(await getPostStates(db, visible, NOW)).length;
  if (JSON.stringify(await getPostStatesDirect(db, visible, NOW)) !== JSON.stringify(await getPostStates(db, visible, NOW))) throw new Error('the direct read disagrees with the read through Dexie');
  // In turn, run by run, so that both see the same moments of the machine.
  const bulk: number[] = [];
  const direct: number[] = [];
  for (const read of [getPostStates, getPostStatesDirect]) await timeRuns(3, () => read(db, visible, NOW));
  for (let i = 0; i < runs.bulk; i++) {
    for (const [times, read] of [[bulk, getPostStates], [direct, getPostStatesDirect]] as const) {
      const start = performance.now();
      await read(db, visible, NOW);
      times.push(performance.now() - start);
    }
  }
  bulk.sort((a, b) => a - b);
  direct.sort((a, b) => a - b);
  // Baselines: a query (its own transaction) per post, and Dexie's anyOf on the postId index.
  const perPost = await timeRuns(runs.perPost, () => Promise.all(visible.map((id) => db.handled.where('postId').equals(id).toArray())));
  const anyOf = await timeRuns(runs.anyOf, () => db.handled.where('postId').anyOf(visible).toArray(), 1);

  const range = lastDays(30, NOW, 540);
  const inRange = await recordsIn(db, range);
  const reportRead = await timeRuns(runs.report, () => recordsIn(db, range));
  const reportCompute = await timeRuns(runs.report, async () => buildReport(inRange, range));
  const reportTotal = await timeRuns(runs.report, async () => buildReport(await recordsIn(db, range), range));
  start = performance.now();
  await db.handled.toArray();
  const fullScanMs = performance.now() - start;
  await db.delete();
  return { records: records.length, loadMs, found, bulk, direct, perPost, anyOf, reportRecords: inRange.length, reportRead, reportCompute, reportTotal, fullScanMs };
}
