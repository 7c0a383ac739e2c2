import { describe, expect, it } from 'vitest';
import { KizukiDatabase } from '@/lib/db/database';
import { MIGRATIONS } from '@/lib/db/migrations';
import type { HandledRecord } from '@/lib/contract/records';

describe('database schema', () => {
  it('opens at the latest version with the indexes the log and reports query by', async () => {
    const db = new KizukiDatabase(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    const handled = db.handled.schema;
    expect(handled.primKey.keyPath).toEqual(['postId', 'operator']);
    expect(handled.indexes.map((i) => i.name).sort()).toEqual(
      ['[operator+handledAt]', 'action', 'category', 'handledAt', 'operator', 'postId'].sort(),
    );
    expect(db.claims.schema.primKey.keyPath).toBe('postId');
    expect(db.tables.map((t) => t.name).sort()).toEqual(['claims', 'handled', 'kv', 'outbox', 'packs', 'seen']);
    db.close();
  });

  it('keeps one record per operator per post: a second add for the same pair is refused', async () => {
    const db = new KizukiDatabase(`schema-${Math.random()}`);
    const base: Omit<HandledRecord, 'postId' | 'operator'> = { url: 'https://x.com/a/status/1', authorHandle: 'a', category: 'other', priority: 0, brands: [], action: 'replied', handledAt: 1, publishedAt: null, sync: 'local' };
    await db.handled.add({ ...base, postId: '1', operator: '佐藤' });
    await db.handled.add({ ...base, postId: '1', operator: '鈴木' });
    await expect(db.handled.add({ ...base, postId: '1', operator: '佐藤' })).rejects.toThrow(/ConstraintError|Key already exists/);
    expect(await db.handled.where('postId').equals('1').count()).toBe(2);
    db.close();
  });
});
