import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { onTablesChanged } from '@/lib/db/on-tables-changed';
import type { PostSummary, SeenPost } from '@/lib/contract/records';
import { onlyStored, WrittenKeys } from '@/lib/queue/written-keys';
import { pruneSeen, recordSeen } from '@/lib/queue/seen-posts';

// The panel counts the queue's window again only after a write that may have removed posts: what
// each kind of write to the seen posts tells it, through Dexie's own change parts.

function post(postId: string): PostSummary {
  return {
    postId, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', displayName: 'A', text: 'ミドリ電機', lang: 'ja', publishedAt: 1_000,
    category: 'other', priority: 10, brands: ['midori'], matches: [],
  };
}

const HOUR = 3_600_000;
const NOW = 1_000 * HOUR;

/** Runs `write`, noting what it changed as the panel does (the parts also go through a structured copy, as from the worker). */
async function touchedBy(write: () => Promise<unknown>, { relayed = false } = {}) {
  const writes = WrittenKeys.seenPosts(db.name);
  const stop = onTablesChanged(db, ['seenPosts'], (parts) => writes.note(relayed ? structuredClone(parts) : parts));
  try {
    await write();
    return writes.take();
  } finally {
    stop();
  }
}

/** The rows the panel's next read brings: those seen at `since` or later. */
const readFrom = async (since: number) => (await db.seenPosts.where('seenAt').aboveOrEqual(since).toArray()).map((r: SeenPost) => r.postId);

beforeEach(async () => {
  await db.seenPosts.clear();
  await recordSeen(db, ['1', '2', '3'].map(post), 1, NOW - 2 * HOUR);
});

describe('what a write to the seen posts tells the panel', () => {
  it('a batch of posts stored (new or seen again) is all in the next read: no count needed', async () => {
    for (const relayed of [false, true]) {
      const touched = await touchedBy(() => recordSeen(db, ['3', '4', '5'].map(post), 1, NOW), { relayed });
      expect([...touched.keys].sort()).toEqual(['3', '4', '5']);
      expect(onlyStored(touched, await readFrom(NOW))).toBe(true);
    }
  });

  it('posts deleted by the retention run are not in the next read: the panel counts', async () => {
    await recordSeen(db, ['4'].map(post), 1, NOW);
    const touched = await touchedBy(() => pruneSeen(db, 1, 365, NOW));
    expect(await db.seenPosts.count()).toBe(1);
    expect(onlyStored(touched, await readFrom(NOW))).toBe(false);
  });

  it('"delete all my data" (a clear) names a range: the panel counts', async () => {
    const touched = await touchedBy(() => db.seenPosts.clear(), { relayed: true });
    expect(touched.unknown).toBe(true);
    expect(onlyStored(touched, [])).toBe(false);
  });

  it('a post deleted by id, or relabelled without being seen again, is not among the rows read: the panel counts', async () => {
    expect(onlyStored(await touchedBy(() => db.seenPosts.bulkDelete(['2'])), await readFrom(NOW))).toBe(false);
    expect(onlyStored(await touchedBy(() => db.seenPosts.update('1', { category: 'complaint' })), await readFrom(NOW))).toBe(false);
  });

  it('a batch too large for Dexie to list its keys counts as unknown', async () => {
    const touched = await touchedBy(() => recordSeen(db, Array.from({ length: 60 }, (_, i) => post(`b${i}`)), 1, NOW));
    expect(touched.unknown).toBe(true);
  });

  it('forgets what it handed over, and writes made before anyone watched make the next read count', () => {
    const writes = WrittenKeys.seenPosts(db.name);
    writes.noteUnknown();
    expect(writes.take().unknown).toBe(true);
    expect(writes.take()).toEqual({ keys: new Set(), unknown: false });
    expect(onlyStored(writes.take(), [])).toBe(true);
  });
});

/** Runs `write`, noting which posts' state it touched as the panel does (also through a structured copy, as from the worker). */
async function statesTouchedBy(write: () => Promise<unknown>, relayed: boolean) {
  const writes = WrittenKeys.postStates(db.name);
  const stop = onTablesChanged(db, ['handled', 'claims'], (parts) => writes.note(relayed ? structuredClone(parts) : parts));
  try {
    await write();
    const touched = writes.take();
    return touched.unknown ? 'all' : [...touched.keys].sort();
  } finally {
    stop();
  }
}

describe('what a write to the handled log or the claims tells the queue', () => {
  const record = (postId: string, operator: string) =>
    ({ postId, operator, operatorName: operator, handledAt: NOW, action: 'replied', category: 'other', priority: 10, brands: [], url: '', authorHandle: 'a', publishedAt: null, sync: 'local' }) as never;

  beforeEach(async () => {
    await Promise.all([db.handled.clear(), db.claims.clear()]);
  });

  it("a mark, a teammate's synced marks, an undo and a claim name their posts: only those are read again", async () => {
    for (const relayed of [false, true]) {
      expect(await statesTouchedBy(() => db.handled.put(record('1', 'sato')), relayed)).toEqual(['1']);
      expect(await statesTouchedBy(() => db.handled.bulkPut([record('2', 'suzuki'), record('3', 'suzuki')]), relayed)).toEqual(['2', '3']);
      expect(await statesTouchedBy(() => db.handled.where(':id').between(['1'], ['1', []], true, true).delete(), relayed)).toEqual(['1']);
      expect(await statesTouchedBy(() => db.claims.put({ postId: '4', operator: 'sato', operatorName: '佐藤', expiresAt: NOW }), relayed)).toEqual(['4']);
    }
  });

  it('a clear ("delete all my data") names no post: every queued post is read again', async () => {
    expect(await statesTouchedBy(() => db.handled.clear(), true)).toBe('all');
  });
});
