import type Dexie from 'dexie';
import type { Migration } from './migration';
import { v1 } from './v1-initial';
import { v2 } from './v2-operator-time';
import { v3 } from './v3-operator-name';
import { v4 } from './v4-seen-by-post';
import { v5 } from './v5-team-inbox';
import { v6 } from './v6-inbox-screen';
import { v7 } from './v7-seen-across-tabs';
import { v8 } from './v8-corrections';
import { v9 } from './v9-inbox-keys';

/** Every schema step, oldest first. Append a new file here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];

/**
 * Declares the steps up to `upTo` (all by default) on a Dexie instance, before it opens.
 *
 * Dexie re-reads every declared version's schema on each `version()` and `stores()` call, so nine
 * versions cost 90 schema parses on every start of the panel and the worker. Since Dexie 3 a
 * version needs declaring only where it carries an upgrade(): a database at any older version is
 * brought from its actual schema to the next declared one in one step. So a step without an
 * upgrade is folded into the next declared version (its tables merged in, as Dexie itself merges a
 * version into the ones after it): each declared version's schema is the same as before, and the
 * last step is always declared, so the database's version number does not change.
 */
export function declareMigrations(db: Dexie, upTo = MIGRATIONS.length): void {
  const steps = MIGRATIONS.slice(0, upTo);
  let folded: Migration['stores'] = {};
  steps.forEach((step, index) => {
    folded = { ...folded, ...step.stores };
    if (!step.upgrade && index < steps.length - 1) return;
    const version = db.version(step.version).stores(folded);
    if (step.upgrade) version.upgrade(step.upgrade);
    folded = {};
  });
}
