import Dexie, { type EntityTable } from 'dexie';
import type { ClaimRecord, HandledRecord, KeyValue, OutboxEntry, SeenPost, StoredPack } from './records';

// The one database, in the extension origin only: imported by background and side panel, never by
// the content script (IndexedDB opened there would belong to x.com). Released versions are never
// edited; a change is a new version with its own upgrade step in lib/db/migrations/.
export class KizukiDatabase extends Dexie {
  handled!: EntityTable<HandledRecord>;
  claims!: EntityTable<ClaimRecord>;
  seen!: EntityTable<SeenPost>;
  packs!: EntityTable<StoredPack, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = 'kizuki') {
    super(name);
    this.version(1).stores({
      handled: '[postId+operator], postId, operator, handledAt, category, action',
      claims: 'postId, expiresAt',
      seen: '[tabId+postId], tabId, postId, priority',
      packs: 'id, order',
      outbox: '++id, nextAttemptAt',
      kv: 'key',
    });
  }
}

export const db = new KizukiDatabase();
