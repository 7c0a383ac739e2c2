import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorrectionRecord } from '@/lib/contract/corrections';
import { correctedCategories, recordCorrection } from '@/lib/corrections/store';
import { db } from '@/lib/db/database';

// Every report a tab sends asks which of its posts the team corrected. The answer is the latest
// correction of each post, read from the table once and kept until the table is written to.

const sato = { id: 'op-sato', name: '佐藤' };
const post = (postId: string) => ({ postId, text: `ミドリ電機の話 ${postId}`, brands: ['midori'], category: 'other' as const });

function pulled(postId: string, category: CorrectionRecord['category'], correctedAt: number): CorrectionRecord {
  return { postId, operator: 'op-suzuki', operatorName: '鈴木', category, previousCategory: 'other', text: 'ミドリ電機の話', brands: ['midori'], correctedAt, sync: 'remote' };
}

describe("the team's corrected categories", () => {
  beforeEach(async () => {
    await db.corrections.clear();
    vi.restoreAllMocks();
  });

  it('answers only for the posts asked about, with the latest correction of each', async () => {
    await recordCorrection(db, { post: post('1'), category: 'complaint' }, sato, 1_000);
    await db.corrections.bulkPut([pulled('1', 'question', 2_000), pulled('2', 'praise', 500)]);
    expect(await correctedCategories(db, ['1', '3'])).toEqual(new Map([['1', 'question']]));
    expect(await correctedCategories(db, ['2'])).toEqual(new Map([['2', 'praise']]));
    expect(await correctedCategories(db, [])).toEqual(new Map());
  });

  it('reads the table once until it is written to: an operator’s correction and a pulled one are seen at once', async () => {
    await recordCorrection(db, { post: post('1'), category: 'complaint' }, sato, 1_000);
    const reads = vi.spyOn(db.corrections, 'toArray');
    expect(await correctedCategories(db, ['1', '2'])).toEqual(new Map([['1', 'complaint']]));
    expect(await correctedCategories(db, ['1', '2'])).toEqual(new Map([['1', 'complaint']]));
    expect(reads).toHaveBeenCalledTimes(1);

    await recordCorrection(db, { post: post('2'), category: 'request' }, sato, 2_000);
    expect(await correctedCategories(db, ['1', '2'])).toEqual(new Map([['1', 'complaint'], ['2', 'request']]));
    await db.corrections.put(pulled('1', 'praise', 3_000));
    expect(await correctedCategories(db, ['1', '2'])).toEqual(new Map([['1', 'praise'], ['2', 'request']]));
    expect(reads).toHaveBeenCalledTimes(3);

    await db.corrections.clear();
    expect(await correctedCategories(db, ['1', '2'])).toEqual(new Map());
  });
});
