// Servers Kizuki talks to with a password (team sync) or takes rules from (packs, prh dictionaries)
// must be reached over https: over plain http anyone on the network reads the Basic auth header and
// can rewrite a pack in transit. Plain http stays allowed on this machine only, for tests and a local
// CouchDB.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere, http only on localhost / 127.0.0.1 / [::1]; false for anything else or not a URL. */
export function isSecureUrl(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
}

/** Why the URL may not carry a password or rules, or null when it may: for a refusal that says what to change. */
export function insecureUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url.slice(0, 200)}`;
  }
  if (isSecureUrl(parsed)) return null;
  return `${parsed.origin} is not https; only localhost and 127.0.0.1 may use http`;
}
