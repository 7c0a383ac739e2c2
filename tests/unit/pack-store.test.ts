import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db/database';
import { parsePack } from '@/lib/pack/validate';
import { packSchema, type Pack } from '@/lib/pack/schema';
import { DEMO_PACK, getActivePacks, listPacks, movePack, removePack, setPackEnabled, storePacks } from '@/lib/pack/store';
import { importPack } from './support/import-pack';

const text = (name: string) => readFileSync(path.resolve(import.meta.dirname, 'fixtures/packs', name), 'utf8');
const pack = (name: string): Pack => {
  const r = parsePack(text(name));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
};

beforeEach(() => db.packs.clear());

describe('pack store', () => {
  it('ships a demo pack that passes the pack checks unchanged (it is not parsed at start-up)', () => {
    expect(packSchema.parse(DEMO_PACK)).toEqual(DEMO_PACK);
    expect(parsePack(JSON.stringify(DEMO_PACK))).toMatchObject({ ok: true, warnings: [] });
  });

  it('uses the demo pack until a pack is imported, then the imported one', async () => {
    expect(await getActivePacks()).toEqual([DEMO_PACK]);
    const r = await importPack(text('acme.json'), { source: 'file:acme.json' });
    expect(r.ok).toBe(true);
    expect((await getActivePacks()).map((p) => p.id)).toEqual(['acme']);
  });

  it('keeps two packs in a visible precedence that can be changed', async () => {
    await importPack(text('acme.json'), { source: 'a' });
    await importPack(text('campaign.json'), { source: 'b' });
    expect((await getActivePacks()).map((p) => p.id)).toEqual(['acme', 'acme-campaign']);
    await movePack('acme-campaign', -1);
    expect((await listPacks()).map((p) => p.id)).toEqual(['acme-campaign', 'acme']);
    await movePack('acme-campaign', -1); // already first: nothing changes
    expect((await getActivePacks()).map((p) => p.id)).toEqual(['acme-campaign', 'acme']);
    await movePack('acme-campaign', 1);
    expect((await getActivePacks()).map((p) => p.id)).toEqual(['acme', 'acme-campaign']);
  });

  it('disables and removes packs', async () => {
    await importPack(text('acme.json'), { source: 'a' });
    await importPack(text('campaign.json'), { source: 'b' });
    await setPackEnabled('acme', false);
    expect((await getActivePacks()).map((p) => p.id)).toEqual(['acme-campaign']);
    await removePack('acme-campaign');
    // A stored but disabled pack means "nothing active", not "back to the demo".
    expect(await getActivePacks()).toEqual([]);
  });

  it('replaces an older version with the same id in place, keeping its precedence', async () => {
    await importPack(text('campaign.json'), { source: 'b' });
    await importPack(text('acme.json'), { source: 'a' });
    await setPackEnabled('acme', false);
    const r = await importPack(text('acme-v2.json'), { source: 'https://intra.example/acme.json' });
    expect(r.ok).toBe(true);
    const all = await listPacks();
    expect(all.map((p) => [p.id, p.pack.packVersion, p.enabled])).toEqual([
      ['acme-campaign', '2026.12', true],
      ['acme', '2.0', true],
    ]);
    expect(all[1]!.source).toBe('https://intra.example/acme.json');
    expect(all[1]!.importedAt).toBeGreaterThan(0);
  });

  it('stores several packs all or nothing', async () => {
    await importPack(text('acme.json'), { source: 'a' });
    const before = await listPacks();
    const broken = { ...pack('campaign.json'), id: undefined } as unknown as Pack; // fails inside the transaction
    await expect(storePacks([pack('acme-v2.json'), broken], 'batch')).rejects.toThrow();
    expect(await listPacks()).toEqual(before);
  });
});
