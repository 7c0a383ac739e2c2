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
