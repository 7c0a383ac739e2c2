import type { HandledRecord } from '../db/records';

/** Escalated posts with their notes, newest first: the list a support or PR department acts on. */
export function escalations(records: readonly HandledRecord[]): HandledRecord[] {
  return records.filter((r) => r.action === 'escalated').sort((a, b) => b.handledAt - a.handledAt);
}
