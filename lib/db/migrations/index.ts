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

/** Declares the steps up to `upTo` (all by default) on a Dexie instance, before it opens. */
export function declareMigrations(db: Dexie, upTo = MIGRATIONS.length): void {
  for (const step of MIGRATIONS.slice(0, upTo)) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
