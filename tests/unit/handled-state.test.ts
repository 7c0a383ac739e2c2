import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { getPostStates } from '@/lib/handled/post-states';

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

describe('bulk post state', () => {
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

  it('does not mistake a longer post id sharing a prefix for the same post', async () => {
    const db = await seeded();
    await db.handled.add(record('10000', '佐藤', NOW));
    const states = await getPostStates(db, ['100'], NOW);
    expect(states).toEqual({});
  });

  it('answers an empty screen without touching the database', async () => {
    const db = await seeded();
    const transaction = vi.spyOn(db, 'transaction');
    expect(await getPostStates(db, [], NOW)).toEqual({});
    expect(transaction).not.toHaveBeenCalled();
  });
});
