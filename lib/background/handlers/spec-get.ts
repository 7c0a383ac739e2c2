import { compileSpec } from '../../classify/compile-spec';
import type { ClassifierSpec } from '../../classify/spec';
import { db } from '../../db/database';
import { onTablesChanged } from '../../db/on-tables-changed';
import { getActivePacks } from '../../pack/store';
import { defineHandler } from '../define-handler';

// Every x.com tab asks on load and after each pack change, and every report of seen posts labels
// them with it: compiling 2,000 terms each time would be wasted work, and so would reading every
// stored pack (the whole of each) to tell whether they changed. The spec is compiled once and kept
// until a write to the packs table, in this context or another (the panel's import, a team pack
// fetched here), drops it.
let cached: Promise<ClassifierSpec> | null = null;
let watching = false;

export function currentSpec(): Promise<ClassifierSpec> {
  if (!watching) {
    watching = true;
    onTablesChanged(db, ['packs'], () => (cached = null));
  }
  if (!cached) {
    const compiling = getActivePacks().then(compileSpec);
    // A failed read is not kept: the next caller tries again.
    compiling.catch(() => cached === compiling && (cached = null));
    cached = compiling;
  }
  return cached;
}

export default defineHandler('spec/get', async () => ({ ok: true, spec: await currentSpec() }));
