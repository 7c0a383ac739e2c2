// Passwords travel in the Authorization header: a team server is reached over https, except on this
// machine itself (a local CouchDB, or the test server), where nothing crosses a network.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why the URL may not carry a password, or null when it may. */
export function insecureUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url.slice(0, 200)}`;
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return null;
  return `${parsed.origin} is not https; only localhost and 127.0.0.1 may use http`;
}
