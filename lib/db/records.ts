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
}

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
