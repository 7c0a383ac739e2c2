import Dexie, { type EntityTable, type Table } from 'dexie';
import { declareMigrations } from './migrations';
import type { ClaimRecord, HandledRecord, KeyValue, OutboxEntry, SeenPost, StoredPack } from './records';

// The one database, in the extension origin only: imported by background and side panel, never by
// the content script (IndexedDB opened there would belong to x.com). Released versions are never
// edited; a change is a new version with its own upgrade step in lib/db/migrations/.
export class KizukiDatabase extends Dexie {
  /** Keyed by [postId, operator]: one record per operator per post. */
  handled!: Table<HandledRecord, [string, string]>;
  claims!: EntityTable<ClaimRecord, 'postId'>;
  /** Keyed by [tabId, postId]. */
  seen!: Table<SeenPost, [number, string]>;
  packs!: EntityTable<StoredPack, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = 'kizuki') {
    super(name);
    // Version 1 and every later step live in ./migrations, one file each.
    declareMigrations(this);
  }
}

export const db = new KizukiDatabase();
