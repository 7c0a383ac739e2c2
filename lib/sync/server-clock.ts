// Claims expire by the server's clock (validate_doc_update caps and judges them there), so a reader
// judges expiry with the server's time too, not its own: an operator's laptop may be minutes off.
// Every CouchDB reply carries an HTTP `Date` header (whole seconds); the offset is read from it.

/**
 * Server time minus local time in ms, from a reply's `Date` header, or null when the header is
 * missing or unreadable. `sentAt`/`receivedAt` are local times around the request: the server
 * stamped its reply somewhere between them, so the midpoint is the best local guess. The header has
 * whole seconds, so the offset is known to about ±0.5 s plus half the round trip.
 */
export function clockOffsetFromDate(dateHeader: string | null | undefined, sentAt: number, receivedAt: number = sentAt): number | null {
  if (!dateHeader || dateHeader.length > 100) return null;
  const server = Date.parse(dateHeader);
  if (!Number.isFinite(server)) return null;
  // The header is truncated to the second: its middle (+500 ms) is the unbiased estimate.
  return server + 500 - (sentAt + receivedAt) / 2;
}

/** The server's time now, given an offset from clockOffsetFromDate (0 when not yet known). */
export function serverNow(offsetMs: number | null, localNow: number = Date.now()): number {
  return localNow + (offsetMs ?? 0);
}

/** Whether a claim still holds, by the server's clock. */
export function claimLive(expiresAt: number, offsetMs: number | null, localNow: number = Date.now()): boolean {
  return expiresAt > serverNow(offsetMs, localNow);
}
