import { RangeSet } from 'dexie';

/**
 * Which seen posts the writes since the last read touched, from the parts Dexie reports with each
 * write (`storagemutated`, also relayed from the worker): the panel needs to know whether a write
 * could have removed posts (retention, "delete all my data"), and counting the whole window after
 * every batch to find out cost it a scan of thousands of rows per write. A write that only stored
 * posts names their keys, and those are the rows the next read brings; a delete names keys that
 * read does not bring, a range delete or clear names a range, and a write of many rows at once
 * (Dexie stops listing keys at 50) the whole table — each of these makes the panel count again.
 */
export class SeenWrites {
  private keys = new Set<string>();
  private unknown = false;

  constructor(private readonly part: string) {}

  /** For `database`'s seen posts table (the part Dexie names for its primary keys). */
  static of(databaseName: string): SeenWrites {
    return new SeenWrites(`idb://${databaseName}/seenPosts/`);
  }

  /** One write's parts, as `storagemutated` gives them (a RangeSet here, its plain copy when relayed from another context). */
  note(parts: Record<string, unknown>): void {
    const keys = parts[this.part];
    if (!keys || typeof keys !== 'object') return;
    for (const range of RangeSet(keys as RangeSet) as Iterable<{ from: unknown; to: unknown }>) {
      if (typeof range.from === 'string' && range.from === range.to && this.keys.size < MAX_KEYS) this.keys.add(range.from);
      else this.unknown = true;
    }
  }

  /** Something was written that no parts describe (before the panel watched): count to be sure. */
  noteUnknown(): void {
    this.unknown = true;
  }

  /** The writes noted so far, forgotten here (later writes go with the next read). */
  take(): TouchedKeys {
    const taken = { keys: this.keys, unknown: this.unknown };
    this.keys = new Set();
    this.unknown = false;
    return taken;
  }
}

/** Beyond this many keys between two reads, counting is cheaper than keeping them. */
const MAX_KEYS = 2_000;

export interface TouchedKeys {
  keys: ReadonlySet<string>;
  unknown: boolean;
}

/** Whether the rows a read brought account for every key written: then nothing was deleted. */
export function onlyStored(touched: TouchedKeys, readIds: readonly string[]): boolean {
  if (touched.unknown) return false;
  if (touched.keys.size === 0) return true;
  const read = new Set(readIds);
  for (const key of touched.keys) if (!read.has(key)) return false;
  return true;
}

/**
 * Which posts' state the writes to the handled log and the claims touched since the last read, from
 * the same parts: a teammate's mark, synced, is one record, and re-reading the state of every queued
 * post for it (thousands of reads) cost the panel far more than the write. A handled record's key is
 * [postId, operator] (a post's records are deleted as the range [postId] to [postId, []]), a claim's
 * its postId; anything else (a clear, a write of many rows) means: read them all.
 */
export class StateWrites {
  private ids = new Set<string>();
  private unknown = false;

  constructor(private readonly parts: readonly string[]) {}

  static of(databaseName: string): StateWrites {
    return new StateWrites([`idb://${databaseName}/handled/`, `idb://${databaseName}/claims/`]);
  }

  note(parts: Record<string, unknown>): void {
    for (const part of this.parts) {
      const keys = parts[part];
      if (!keys || typeof keys !== 'object') continue;
      for (const { from, to } of RangeSet(keys as RangeSet) as Iterable<{ from: unknown; to: unknown }>) {
        const postId = Array.isArray(from) && Array.isArray(to) ? (from[0] === to[0] ? from[0] : null) : from === to ? from : null;
        if (typeof postId === 'string' && this.ids.size < MAX_KEYS) this.ids.add(postId);
        else this.unknown = true;
      }
    }
  }

  /** Something was written that no parts describe: read every queued post's state. */
  noteUnknown(): void {
    this.unknown = true;
  }

  /** The posts touched since the last call, or 'all'; forgotten here. */
  take(): ReadonlySet<string> | 'all' {
    const taken = this.unknown ? 'all' : this.ids;
    this.ids = new Set();
    this.unknown = false;
    return taken;
  }
}
