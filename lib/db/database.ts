import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CorrectionRecord } from '../contract/corrections';
import type { ClaimRecord, HandledRecord, SeenPost } from '../contract/records';
import { declareMigrations } from './migrations';
import { inboxKeys } from './inbox-keys';
import { DATABASE_NAME } from './open-as-is';
import type { KeyValue, OutboxEntry, RoundRow, SightingRow, StoredModel, StoredPack } from './records';

// The one database, in the extension origin only: imported by background and side panel, never by
// the content script (IndexedDB opened there would belong to x.com). Released versions are never
// edited; a change is a new version with its own upgrade step in lib/db/migrations/.
export class KizukiDatabase extends Dexie {
  /** Keyed by [postId, operator]: one record per operator per post. */
  handled!: Table<HandledRecord, [string, string]>;
  claims!: EntityTable<ClaimRecord, 'postId'>;
  /** The queue: keyed by post id, with the open tabs that showed it. */
  seenPosts!: EntityTable<SeenPost, 'postId'>;
  /** The team inbox: first sightings of brand posts (ours to send, or the team's), by post id. */
  sightings!: EntityTable<SightingRow, 'postId'>;
  /** Visits of saved searches (search rounds), ours and the team's, by server document id. */
  rounds!: EntityTable<RoundRow, 'id'>;
  packs!: EntityTable<StoredPack, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  /** Category corrections, keyed by [postId, operator]: the team's teaching for the learned layer. */
  corrections!: Table<CorrectionRecord, [string, string]>;
  /** The learned model per team, trained from the corrections (lib/background/learned-layer.ts). */
  learnedModels!: EntityTable<StoredModel, 'team'>;
  /** Only through the typed items of lib/db/kv-items.ts. */
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 and every later step live in ./migrations, one file each.
    declareMigrations(this);
    // Each sighting carries its inbox index keys (open or handled, urgency), whoever writes either table.
    this.use(inboxKeys);
  }
}

export const db = new KizukiDatabase();
