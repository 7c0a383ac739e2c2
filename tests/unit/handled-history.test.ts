import { describe, expect, it } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { historyOperators, queryHistory } from '@/lib/handled/history-query';

const H = 3_600_000;
const T = 1_764_000_000_000;

function rec(postId: string, extra: Partial<HandledRecord>): HandledRecord {
  return { postId, operator: '佐藤', operatorName: extra.operator ?? '佐藤', url: '', authorHandle: 'taro', category: 'complaint', priority: 0, brands: ['acme'], action: 'replied', handledAt: T, publishedAt: null, sync: 'local', ...extra };
}

async function seeded() {
  const db = new KizukiDatabase(`hist-${Math.random()}`);
  await db.handled.bulkAdd([
    rec('1', { handledAt: T - 3 * H, text: 'ＡＣＭＥの回線が圏外' }),
    rec('2', { handledAt: T - 2 * H, operator: '鈴木', category: 'question', action: 'dm', text: '料金プランについて' }),
    rec('3', { handledAt: T - 1 * H, action: 'escalated', note: '広報へ共有', text: 'ｱｸﾒ最悪' }),
    rec('4', { handledAt: T, operator: '鈴木', text: 'acme 圏外 また' }),
  ]);
  return db;
}
const ids = (rs: HandledRecord[]) => rs.map((r) => r.postId);

describe('history search', () => {
  it('lists newest first and filters by date range, operator, category and action', async () => {
    const db = await seeded();
    expect(ids(await queryHistory(db, {}))).toEqual(['4', '3', '2', '1']);
    expect(ids(await queryHistory(db, { from: T - 2 * H, to: T }))).toEqual(['3', '2']);
    expect(ids(await queryHistory(db, { operator: '鈴木' }))).toEqual(['4', '2']);
    expect(ids(await queryHistory(db, { operator: '佐藤', from: T - 2 * H }))).toEqual(['3']);
    expect(ids(await queryHistory(db, { category: 'question' }))).toEqual(['2']);
    expect(ids(await queryHistory(db, { action: 'escalated' }))).toEqual(['3']);
  });

  it('finds text across width and case, in post text and notes, all words required', async () => {
    const db = await seeded();
    expect(ids(await queryHistory(db, { text: 'acme 圏外' }))).toEqual(['4', '1']);
    expect(ids(await queryHistory(db, { text: 'アクメ' }))).toEqual(['3']);
    expect(ids(await queryHistory(db, { text: '広報' }))).toEqual(['3']);
    expect(ids(await queryHistory(db, { text: '存在しない' }))).toEqual([]);
  });

  it('lists the operators in the log', async () => {
    expect(await historyOperators(await seeded())).toEqual(['佐藤', '鈴木'].sort());
  });
});
