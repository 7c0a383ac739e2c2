import { compileSpec } from '../../classify/compile-spec';
import type { ClassifierSpec } from '../../classify/spec';
import { db } from '../../db/database';
import { onTablesChanged } from '../../db/on-tables-changed';
import { getActivePacks } from '../../pack/store';
import { defineHandler } from '../define-handler';

// Every x.com tab asks on load and after each pack change; compiling 2,000 terms for each of them
// would be wasted work. The cache key is what decides the active packs: ids, order, enabled, import time.
let cached: { key: string; spec: ClassifierSpec } | null = null;

async function packsKey(): Promise<string> {
  const stored = await db.packs.orderBy('order').toArray();
  return stored.map((p) => `${p.id}:${p.order}:${p.enabled ? 1 : 0}:${p.importedAt}`).join('|');
}

/** The active packs' spec, checked against the stored packs (a tab's spec/get). */
export async function currentSpec(): Promise<ClassifierSpec> {
  const writesBefore = packWrites;
  const key = await packsKey();
  if (cached?.key !== key) cached = { key, spec: compileSpec(await getActivePacks()) };
  // A write that came while the packs were read may not be in what was read.
  checkedAt = writesBefore;
  return cached.spec;
}

/** Writes to the packs table seen so far, and how many of them `cached` was checked after. */
let packWrites = 0;
let checkedAt = -1;
let watching = false;

/**
 * The spec for labelling every report of seen posts: checking it as `currentSpec` does reads every
 * stored pack, whole, each time. Kept instead until a write to the packs table (in this context or
 * another: the panel's import, a team pack fetched here) says to check again.
 */
export function reportSpec(): Promise<ClassifierSpec> {
  if (!watching) {
    watching = true;
    onTablesChanged(db, ['packs'], () => void packWrites++);
  }
  return checkedAt === packWrites && cached ? Promise.resolve(cached.spec) : currentSpec();
}

export default defineHandler('spec/get', async () => ({ ok: true, spec: await currentSpec() }));
