import { compileSpec } from '../../classify/compile-spec';
import type { ClassifierSpec } from '../../classify/spec';
import { db } from '../../db/database';
import { getActivePacks } from '../../pack/store';
import { defineHandler } from '../define-handler';

// Every x.com tab asks on load and after each pack change; compiling 2,000 terms for each of them
// would be wasted work. The cache key is what decides the active packs: ids, order, enabled, import time.
let cached: { key: string; spec: ClassifierSpec } | null = null;

async function packsKey(): Promise<string> {
  const stored = await db.packs.orderBy('order').toArray();
  return stored.map((p) => `${p.id}:${p.order}:${p.enabled ? 1 : 0}:${p.importedAt}`).join('|');
}

export async function currentSpec(): Promise<ClassifierSpec> {
  const key = await packsKey();
  if (cached?.key !== key) cached = { key, spec: compileSpec(await getActivePacks()) };
  return cached.spec;
}

export default defineHandler('spec/get', async () => ({ ok: true, spec: await currentSpec() }));
