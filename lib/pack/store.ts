import { db } from '../db/database';
import type { Pack } from './schema';
import demoPack from './demo-pack.json';
import { packSchema } from './schema';

/** The demo pack (a fictional brand) is active until a team lead's pack is imported. */
export const DEMO_PACK: Pack = packSchema.parse(demoPack);

/** Enabled packs in precedence order (first wins); the demo pack when none is stored. */
export async function getActivePacks(): Promise<Pack[]> {
  const stored = await db.packs.orderBy('order').toArray();
  if (stored.length === 0) return [DEMO_PACK];
  return stored.filter((p) => p.enabled).map((p) => p.pack);
}
