import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db/database';
import { exportFileName, mergePacks, packToJson } from '@/lib/pack/export';
import { getActivePacks, listPacks } from '@/lib/pack/store';
import { importPack } from './support/import-pack';
import { parsePack } from '@/lib/pack/validate';

const text = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs', name), 'utf8');

beforeEach(() => db.packs.clear());

describe('export', () => {
  it.each(['acme.json', 'acme-v2.json', 'campaign.json'])('export → import of %s gives an identical pack', async (name) => {
    await importPack(text(name), { source: 'file' });
    const [stored] = await listPacks();
    const exported = packToJson(stored!.pack);
    await db.packs.clear();
    const again = await importPack(exported, { source: 'export' });
    expect(again.ok).toBe(true);
    expect((await listPacks())[0]!.pack).toEqual(stored!.pack);
    expect(packToJson((await listPacks())[0]!.pack)).toBe(exported);
  });

  it('merges the active set with the first pack winning, and the merge imports again', async () => {
    await importPack(text('acme.json'), { source: 'a' });
    await importPack(text('campaign.json'), { source: 'b' });
    const merged = mergePacks(await getActivePacks());
    // Both packs define brand "acme" and template "apology-dm": the first (acme) wins.
    expect(merged.brands.map((b) => b.name)).toEqual(['ACME', '冬割']);
    expect(merged.templates?.find((t) => t.id === 'apology-dm')?.tone).toBe('formal');
    const r = parsePack(packToJson(merged));
    expect(r.ok && r.pack).toEqual(merged);
  });

  it('names files safely', () => {
    const r = parsePack(text('campaign.json'));
    expect(r.ok && exportFileName(r.pack)).toBe('acme-campaign-2026.12.kizuki-pack.json');
  });
});
