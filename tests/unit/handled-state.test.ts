import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { getPostStates, getPostStatesDirect } from '@/lib/handled/post-states';
import { serverClock } from '@/lib/db/kv-items';

const NOW = 1_764_000_000_000;

// Records carry the operator's id and, beside it, the name people read.
const shown = (id: string) => `${id}さん`;

function record(postId: string, operator: string, handledAt: number): HandledRecord {
  return { postId, operator, operatorName: shown(operator), handledAt, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', category: 'question', priority: 10, brands: [], action: 'replied', publishedAt: null, sync: 'remote' };
}

async function seeded() {
  const db = new KizukiDatabase(`state-${Math.random()}`);
  const log = Array.from({ length: 300 }, (_, i) => record(String(1000 + i), i % 2 ? '佐藤' : '鈴木', NOW - i * 1000));
  log.push(record('1000', '高橋', NOW - 500)); // handled by two operators
  await db.handled.bulkAdd(log);
  await db.claims.bulkAdd([
    { postId: '5000', operator: '鈴木', operatorName: shown('鈴木'), expiresAt: NOW + 60_000 },
    { postId: '5001', operator: '佐藤', operatorName: shown('佐藤'), expiresAt: NOW - 1 }, // expired: not shown
    { postId: '1001', operator: '高橋', operatorName: shown('高橋'), expiresAt: NOW + 60_000 },
  ]);
  return db;
}

// The worker answers the chips and the panel's hand-offs with getPostStatesDirect (plain IndexedDB
// requests); the panel's live queries read through getPostStates (Dexie). Both must say the same.
describe.each([
  ['through Dexie', getPostStates],
  ['with plain IndexedDB requests', getPostStatesDirect],
])('bulk post state, %s', (_how, getPostStates) => {
  it('gives every visible post its handled records (oldest first) and live claim, and nothing for others', async () => {
    const db = await seeded();
    const states = await getPostStates(db, ['1000', '1001', '5000', '5001', '9999', '1000'], NOW);
    expect(Object.keys(states).sort()).toEqual(['1000', '1001', '5000']);
    expect(states['1000']!.handled).toEqual([
      { operator: '高橋', operatorName: shown('高橋'), handledAt: NOW - 500, action: 'replied' },
      { operator: '鈴木', operatorName: shown('鈴木'), handledAt: NOW, action: 'replied' },
    ]);
    expect(states['1001']).toEqual({ handled: [{ operator: '佐藤', operatorName: shown('佐藤'), handledAt: NOW - 1000, action: 'replied' }], claim: { operator: '高橋', operatorName: shown('高橋'), expiresAt: NOW + 60_000 } });
    expect(states['5000']).toEqual({ handled: [], claim: { operator: '鈴木', operatorName: shown('鈴木'), expiresAt: NOW + 60_000 } });
  });

  it('compares claims with the server clock, and hands their expiry on in local time', async () => {
    const db = await seeded();
    // The server is 90 s ahead: 鈴木's claim on 5000 (server time NOW + 60 s) has expired by it.
    await serverClock.set(90_000, db);
    await db.claims.add({ postId: '5002', operator: '佐藤', operatorName: shown('佐藤'), expiresAt: NOW + 120_000 });
    const states = await getPostStates(db, ['5000', '5002'], NOW);
    expect(states).toEqual({ '5002': { handled: [], claim: { operator: '佐藤', operatorName: shown('佐藤'), expiresAt: NOW + 30_000 } } });
  });

  it('does not mistake a longer post id sharing a prefix for the same post', async () => {
    const db = await seeded();
    await db.handled.add(record('10000', '佐藤', NOW));
    const states = await getPostStates(db, ['100'], NOW);
    expect(states).toEqual({});
  });
});

describe('bulk post state through Dexie', () => {
  it('reads a screenful of posts in one transaction, never a claim lookup per post', async () => {
    const db = await seeded();
    const transaction = vi.spyOn(db, 'transaction');
    const claimGet = vi.spyOn(db.claims, 'get');
    const ids = Array.from({ length: 50 }, (_, i) => String(1000 + i * 3));
    const states = await getPostStates(db, ids, NOW);
    expect(Object.keys(states)).toHaveLength(50);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(claimGet).not.toHaveBeenCalled();
  });

  it('answers an empty screen without touching the database', async () => {
    const db = await seeded();
    const transaction = vi.spyOn(db, 'transaction');
    expect(await getPostStates(db, [], NOW)).toEqual({});
    expect(transaction).not.toHaveBeenCalled();
  });
});

describe('bulk post state with plain IndexedDB requests', () => {
  it('reads a screenful of posts in one IndexedDB transaction, and an empty screen in none', async () => {
    const db = await seeded();
    await db.open();
    const transaction = vi.spyOn(db.backendDB(), 'transaction');
    const ids = Array.from({ length: 50 }, (_, i) => String(1000 + i * 3));
    expect(Object.keys(await getPostStatesDirect(db, ids, NOW))).toHaveLength(50);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await getPostStatesDirect(db, [], NOW)).toEqual({});
    expect(transaction).toHaveBeenCalledTimes(1);
  });

  it('opens the database itself when nothing has yet', async () => {
    const db = await seeded();
    db.close();
    expect(Object.keys(await getPostStatesDirect(db, ['1000', '9999'], NOW))).toEqual(['1000']);
  });

  it('says the same as the read through Dexie over a busy log', async () => {
    const db = await seeded();
    await db.handled.bulkAdd(Array.from({ length: 200 }, (_, i) => record(String(1000 + (i % 40)), `op${i}`, NOW - i * 7)));
    const ids = Array.from({ length: 80 }, (_, i) => String(990 + i));
    expect(await getPostStatesDirect(db, ids, NOW)).toEqual(await getPostStates(db, ids, NOW));
  });
});
