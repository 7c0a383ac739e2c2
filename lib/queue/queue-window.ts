// The queue's window (a setting: how many hours of sightings it holds). No imports: the side panel's
// first read uses it from the small script its page runs first (lib/queue/first-queue-rows.ts).

const HOUR_MS = 3_600_000;
export const DEFAULT_QUEUE_HOURS = 12;

/** The oldest sighting the queue still shows. */
export const queueStart = (now: number, queueHours: number) => now - queueHours * HOUR_MS;
