import { db } from '../db/database';
import type { StoredPack } from '../db/records';
import type { Pack } from './schema';
import demoPack from './demo-pack.json';

/**
 * The demo pack (a fictional brand) is active until a team lead's pack is imported. It ships with
 * Kizuki, so it is checked against the pack schema by a unit test (pack-store.test.ts: it passes
 * unchanged) rather than at every start: parsing it here built the whole pack schema while the side
 * panel's first screen was being evaluated.
 */
export const DEMO_PACK: Pack = demoPack as Pack;

/** Enabled packs in precedence order (first wins); the demo pack when none is stored. */
export async function getActivePacks(): Promise<Pack[]> {
  return activePacksOf(await db.packs.orderBy('order').toArray());
}

/** The active packs of the stored ones (in precedence order): also the panel's first queue read's (lib/queue/first-queue-read.ts). */
export function activePacksOf(stored: readonly StoredPack[]): Pack[] {
  if (stored.length === 0) return [DEMO_PACK];
  return stored.filter((p) => p.enabled).map((p) => p.pack);
}

/** Every stored pack, highest precedence first. */
export function listPacks(): Promise<StoredPack[]> {
  return db.packs.orderBy('order').toArray();
}

/**
 * Stores validated packs in one transaction: all of them or none. A pack whose id is already stored
 * replaces that older version in place (same precedence) and is enabled; a new one goes last.
 */
export async function storePacks(packs: Pack[], source: string, now = Date.now()): Promise<StoredPack[]> {
  return db.transaction('rw', db.packs, async () => {
    const last = await db.packs.orderBy('order').last();
    let nextOrder = (last?.order ?? -1) + 1;
    const stored: StoredPack[] = [];
    for (const pack of packs) {
      const old = await db.packs.get(pack.id);
      const record: StoredPack = { id: pack.id, pack, enabled: true, order: old?.order ?? nextOrder++, importedAt: now, source };
      await db.packs.put(record);
      stored.push(record);
    }
    return stored;
  });
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  await db.packs.update(id, { enabled });
}

/** Moves a pack one place up (-1, more precedence) or down (+1) by swapping with its neighbour. */
export async function movePack(id: string, direction: -1 | 1): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const all = await db.packs.orderBy('order').toArray();
    const i = all.findIndex((p) => p.id === id);
    const j = i + direction;
    if (i < 0 || j < 0 || j >= all.length) return;
    const a = all[i]!;
    const b = all[j]!;
    await db.packs.bulkPut([
      { ...a, order: b.order },
      { ...b, order: a.order },
    ]);
  });
}

export async function removePack(id: string): Promise<void> {
  await db.packs.delete(id);
}

export async function getStoredPack(id: string): Promise<StoredPack | undefined> {
  return db.packs.get(id);
}
