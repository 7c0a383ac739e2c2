import { RangeSet } from 'dexie';

/**
 * Which posts the writes since the last read touched, from the parts Dexie reports with each write
 * (`storagemutated`, also relayed from the worker). A range that names one post counts as that post:
 * a seen post's key is its postId, a claim's too, a handled record's [postId, operator] (a post's
 * records are deleted as the range [postId] to [postId, []]). Anything else (a range delete, a clear,
 * a write of many rows at once: Dexie stops listing keys at 50) is noted as unknown.
 *
 * - The seen posts (`seenPosts`): the panel needs to know whether a write could have removed posts
 *   (retention, "delete all my data"), and counting the whole window after every batch to find out
 *   cost it a scan of thousands of rows per write. A write that only stored posts names their keys,
 *   and those are the rows the next read brings; anything else makes the panel count again.
 * - Their state (`postStates`): a teammate's mark, synced, is one record, and re-reading the state of
 *   every queued post for it (thousands of reads) cost the panel far more than the write; unknown
 *   means: read them all.
 */
export class WrittenKeys {
  private keys = new Set<string>();
  private unknown = false;

  constructor(private readonly parts: readonly string[]) {}

  /** For `database`'s seen posts table (the part Dexie names for its primary keys). */
  static seenPosts(databaseName: string): WrittenKeys {
    return new WrittenKeys([`idb://${databaseName}/seenPosts/`]);
  }

  /** For the tables a post's state is read from: the handled log and the claims. */
  static postStates(databaseName: string): WrittenKeys {
    return new WrittenKeys([`idb://${databaseName}/handled/`, `idb://${databaseName}/claims/`]);
  }

  /** One write's parts, as `storagemutated` gives them (a RangeSet here, its plain copy when relayed from another context). */
  note(parts: Record<string, unknown>): void {
    for (const part of this.parts) {
      const keys = parts[part];
      if (!keys || typeof keys !== 'object') continue;
      for (const { from, to } of RangeSet(keys as RangeSet) as Iterable<{ from: unknown; to: unknown }>) {
        const postId = Array.isArray(from) && Array.isArray(to) ? (from[0] === to[0] ? from[0] : null) : from === to ? from : null;
        if (typeof postId === 'string' && this.keys.size < MAX_KEYS) this.keys.add(postId);
        else this.unknown = true;
      }
    }
  }

  /** Something was written that no parts describe (before the panel watched). */
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

/** Beyond this many keys between two reads, reading again as if unknown is cheaper than keeping them. */
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
