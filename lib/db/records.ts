// The rows only the database knows. Records that travel (handled, claims, seen posts) are zod
// schemas in lib/contract/records.ts.

/** A stored pack with its place in the precedence order (lower = applied first, wins ties). */
export interface StoredPack {
  id: string;
  /** The validated pack JSON, as imported. */
  pack: import('../pack/schema').Pack;
  enabled: boolean;
  order: number;
  importedAt: number;
  source: string;
  /** Set when the pack came from the team server: who published which version, when. */
  team?: { packVersion: string; publisher: string; publishedAt: number };
  /** Set when the operator follows the URL it was imported from (checked again on a schedule). */
  follow?: { url: string; etag?: string; lastModified?: string; checkedAt?: number };
}

/**
 * A first sighting of a brand post on the team. `local` = ours, not yet accepted by the server;
 * `synced` = ours, accepted; `remote` = a teammate saw it first. `deadline` is worked out from the
 * team's reply deadline when stored (Infinity when none), so the inbox reads it from an index.
 * The database adds the inbox's index keys (`open`, `rank`, `newest`) on every write
 * (lib/db/inbox-keys.ts), whatever the writer put there; readers strip them.
 */
export type SightingRow = import('../team/inbox').Sighting & { deadline: number; sync: 'local' | 'synced' | 'remote'; open?: 0 | 1; rank?: number; newest?: number };

/** A visit of a saved search; `id` is its server document id, `rev` the server revision once sent. */
export type RoundRow = Omit<import('../sync/team-docs').RoundDoc, '_id' | 'type'> & { id: string; rev?: string; sync: 'local' | 'synced' | 'remote' };

/** A document waiting to be accepted by the team server. */
export interface OutboxEntry {
  id?: number;
  db: 'handled' | 'claims';
  docId: string;
  doc: Record<string, unknown>;
  /** Set while a push carrying this entry is on its way: an undo then cannot just forget it. */
  sentAt?: number;
  /** The server refused this document for good (its rules): kept with the reason, skipped by the push. */
  parked?: { reason: string; at: number };
}

/** A row of the key-value table: read and written only through lib/db/kv-items.ts. */
export interface KeyValue {
  key: string;
  value: unknown;
}

/** A team's learned model as stored: checked with isLearnedModel before use (an older build may have written it). */
export interface StoredModel {
  /** The team id, or '' without sync. */
  team: string;
  /** How many corrections it was trained from. */
  corrections: number;
  trainedAt: number;
  model: import('../classify/learned').LearnedModel;
}
