import { describe, expect, it, vi } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import type { HandledRecord } from '@/lib/contract/records';
import { getPostStatesDirect } from '@/lib/handled/post-states';
import { serverClock } from '@/lib/db/kv-items';
import { SharedStateReads } from '@/lib/background/shared-state-reads';

// The worker's post-state reads for a tab: its seen report's read is shared with its chips' request
// for the same posts, once; nothing a write changed is ever handed on from a shared read.

const NOW = 1_764_000_000_000;
const POSTS = ['1', '2', '3', '4'];

function record(postId: string, operator: string, handledAt: number): HandledRecord {
  return { postId, operator, operatorName: `${operator}さん`, handledAt, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', category: 'question', priority: 10, brands: [], action: 'replied', publishedAt: null, sync: 'remote' };
}

async function seeded(read = vi.fn(getPostStatesDirect)) {
  const db = new KizukiDatabase(`shared-${Math.random()}`);
  await db.handled.bulkAdd([record('1', '佐藤', NOW - 5000), record('2', '鈴木', NOW - 4000)]);
  await db.claims.add({ postId: '3', operator: '高橋', operatorName: '高橋さん', expiresAt: NOW + 60_000 });
  return { db, read, reads: new SharedStateReads(db, read) };
}

describe("a tab's post-state reads", () => {
  it('answer as the database does; the chips asking just after the seen report take its read', async () => {
    const { db, read, reads } = await seeded();
    const [forPanel, forChips] = await Promise.all([reads.get(POSTS, NOW, true), reads.get(['4', '3', '2', '1'], NOW)]);
    expect(forPanel).toEqual(await getPostStatesDirect(db, POSTS, NOW));
    expect(Object.keys(forPanel).sort()).toEqual(['1', '2', '3']);
    expect(forChips).toEqual(forPanel);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('share a read once: a chip asking again (after a push, an undo) reads afresh', async () => {
    const { read, reads } = await seeded();
    await reads.get(POSTS, NOW, true);
    await reads.get(POSTS, NOW);
    await reads.get(['2'], NOW);
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1]![1]).toEqual(['2']);
    // Only the report's read is shared: the chips' own reads are not.
    await reads.get(['2'], NOW);
    expect(read).toHaveBeenCalledTimes(3);
    expect(reads.size).toBe(0);
  });

  it('read afresh when the shared read is more than two seconds old', async () => {
    const { read, reads } = await seeded();
    await reads.get(POSTS, NOW, true);
    await reads.get(POSTS, NOW + 2001);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('show a post handled, undone or claimed as soon as the write is stored', async () => {
    const { db, reads } = await seeded();
    expect((await reads.get(POSTS, NOW, true))['4']).toBeUndefined();
    await db.handled.add(record('4', '佐藤', NOW));
    expect((await reads.get(POSTS, NOW))['4']?.handled.map((h) => h.operator)).toEqual(['佐藤']);
    await reads.get(POSTS, NOW, true);
    await db.handled.delete(['1', '佐藤']);
    expect((await reads.get(POSTS, NOW))['1']).toBeUndefined();
    await reads.get(POSTS, NOW, true);
    await db.claims.add({ postId: '2', operator: '高橋', operatorName: '高橋さん', expiresAt: NOW + 60_000 });
    expect((await reads.get(POSTS, NOW))['2']?.claim?.operator).toBe('高橋');
  });

  it('do not share a read that a write overtook', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The read takes its answer, then a teammate's record lands before the answer is handed on.
    const slow = vi.fn(async (d: KizukiDatabase, ids: readonly string[], now: number) => {
      const states = await getPostStatesDirect(d, ids, now);
      await gate;
      return states;
    });
    const { db, reads } = await seeded(slow);
    const report = reads.get(['4'], NOW, true);
    await vi.waitFor(() => expect(slow).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await db.handled.add(record('4', '鈴木', NOW));
    release();
    expect(await report).toEqual({});
    expect((await reads.get(['4'], NOW))['4']?.handled.map((h) => h.operator)).toEqual(['鈴木']);
    expect(slow).toHaveBeenCalledTimes(2);
  });

  it('drop a shared claim that expired before it was taken', async () => {
    const { read, reads } = await seeded();
    // 高橋's claim ends at NOW + 60 s: taken before then it shows, taken after it does not.
    await reads.get(['3'], NOW + 59_000, true);
    expect((await reads.get(['3'], NOW + 59_900))['3']?.claim?.operator).toBe('高橋');
    await reads.get(['3'], NOW + 59_500, true);
    expect(await reads.get(['3'], NOW + 60_500)).toEqual({});
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('read again when the server clock moves (claims expire by it)', async () => {
    const { db, reads } = await seeded();
    expect((await reads.get(['3'], NOW, true))['3']?.claim).not.toBeNull();
    // The server is 90 s ahead: 高橋's claim (server time NOW + 60 s) has expired by it.
    await serverClock.set(90_000, db);
    expect(await reads.get(['3'], NOW)).toEqual({});
  });

  it('hand each asker its own answer: what the chips add (a deadline) is not in the panel\'s', async () => {
    const { reads } = await seeded();
    const [forPanel, forChips] = await Promise.all([reads.get(['1'], NOW, true), reads.get(['1'], NOW)]);
    forChips['1']!.deadline = NOW + 1000;
    forChips['1']!.category = 'complaint';
    expect(forPanel).toEqual({ '1': { handled: [{ operator: '佐藤', operatorName: '佐藤さん', handledAt: NOW - 5000, action: 'replied' }], claim: null } });
  });

  it('do not share a failed read', async () => {
    const flaky = vi.fn(getPostStatesDirect).mockRejectedValueOnce(new Error('read aborted'));
    const { reads } = await seeded(flaky);
    await expect(reads.get(['1'], NOW, true)).rejects.toThrow('read aborted');
    expect(Object.keys(await reads.get(['1'], NOW))).toEqual(['1']);
    expect(flaky).toHaveBeenCalledTimes(2);
  });

  it('keep a few screens of reports waiting for their chips, not one per post of the shift', async () => {
    const { read, reads } = await seeded();
    // Reports whose chips never ask (they already know the posts' state).
    for (let batch = 0; batch < 60; batch++) await reads.get(Array.from({ length: 50 }, (_, i) => String(10_000 + batch * 50 + i)), NOW, true);
    expect(reads.size).toBeLessThanOrEqual(2000);
    // The newest are the ones kept: their chips take them without a read.
    const before = read.mock.calls.length;
    await reads.get(Array.from({ length: 50 }, (_, i) => String(10_000 + 59 * 50 + i)), NOW);
    expect(read).toHaveBeenCalledTimes(before);
  });
});
