import type { KizukiDatabase } from '../db/database';
import { teamPackErrors } from '../db/kv-items';
import type { StoredPack } from '../db/records';
import { parsePack } from '../pack/validate';
import type { PackDoc } from './team-docs';

// A pack a lead published reaches every operator through the team database. It is checked with the
// same parsePack as an imported file; a bad one is refused with a visible error and the version
// already applied stays. A good one replaces it in one write (all or nothing), keeping its place and
// its on/off switch; the packs watch then tells the x.com tabs to re-highlight.

export type TeamPackOutcome = 'applied' | 'unchanged' | 'refused';

export async function applyTeamPack(db: KizukiDatabase, doc: PackDoc, now = Date.now()): Promise<TeamPackOutcome> {
  const checked = parsePack(doc.pack);
  if (!checked.ok) {
    const entry = {
      packId: doc.packId,
      packVersion: doc.packVersion,
      publisher: doc.publisher,
      at: now,
      errors: checked.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`),
    };
    await teamPackErrors.update(db, (old) => [entry, ...old.filter((e) => e.packId !== doc.packId)].slice(0, 20));
    return 'refused';
  }
  const team = { packVersion: doc.packVersion, publisher: doc.publisher, publishedAt: doc.publishedAt };
  const outcome = await db.transaction('rw', db.packs, async (): Promise<TeamPackOutcome> => {
    const old = await db.packs.get(doc.packId);
    if (old?.team && old.team.packVersion === team.packVersion && old.team.publishedAt === team.publishedAt) return 'unchanged';
    const last = await db.packs.orderBy('order').last();
    const row: StoredPack = {
      id: doc.packId,
      pack: checked.pack,
      enabled: old?.enabled ?? true,
      order: old?.order ?? (last?.order ?? -1) + 1,
      importedAt: now,
      source: 'team',
      team,
    };
    await db.packs.put(row);
    return 'applied';
  });
  await teamPackErrors.update(db, (old) => old.filter((e) => e.packId !== doc.packId));
  return outcome;
}

/** A withdrawn team pack leaves; a pack the operator imported by hand under the same id stays. */
export async function withdrawTeamPack(db: KizukiDatabase, packId: string): Promise<boolean> {
  return db.transaction('rw', db.packs, async () => {
    const old = await db.packs.get(packId);
    if (!old?.team) return false;
    await db.packs.delete(packId);
    return true;
  });
}
