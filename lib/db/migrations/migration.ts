import type { Transaction } from 'dexie';

/** One schema step: the tables it (re)declares and, when existing rows must change, an upgrade. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}
