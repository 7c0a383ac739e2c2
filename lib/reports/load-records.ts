import type { KizukiDatabase } from '../db/database';
import type { HandledRecord } from '../db/records';
import type { ReportRange } from './range';

/** The records of a period, read through the handledAt index rather than the whole log. */
export function recordsIn(db: KizukiDatabase, range: Pick<ReportRange, 'from' | 'to'>): Promise<HandledRecord[]> {
  return db.handled.where('handledAt').between(range.from, range.to, true, false).toArray();
}
