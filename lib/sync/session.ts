import { serverBase } from './config';

// A CouchDB session (`POST /_session` → AuthSession cookie) instead of the password on every request:
// the password crosses the wire once per login, not with each long poll. Where the cookie cannot be
// used, Basic auth stays: a browser keeps the cookie in its own jar (Set-Cookie is hidden from
// scripts), and a jar that refuses it (blocked third-party cookies, a proxy that strips it) is found
// by asking _session who we are without a password; Node's fetch has no jar, so the cookie is read
// from the reply and sent back by hand.

type Mode = 'unknown' | 'header' | 'jar' | 'basic';

export interface SessionStore {
  mode: Mode;
  cookie?: string;
  login?: Promise<void>;
}

export function newSession(): SessionStore {
  return { mode: 'unknown' };
}

interface Who { url: string; user: string; password: string; session?: SessionStore }

export function basicAuth({ user, password }: Who): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function authCookie(res: Response): string | undefined {
  const all = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
  const found = all.map((c) => c.split(';')[0]!.trim()).find((c) => c.startsWith('AuthSession=') && c.length > 'AuthSession='.length);
  return found;
}

async function login(who: Who, store: SessionStore): Promise<void> {
  const base = serverBase(who.url);
  try {
    const res = await fetch(`${base}/_session`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: who.user, password: who.password }),
      credentials: 'include',
    });
    await res.body?.cancel().catch(() => {});
    if (!res.ok) return void (store.mode = 'basic');
    const cookie = authCookie(res);
    if (cookie) return void Object.assign(store, { mode: 'header', cookie });
    // A browser: the cookie went into its jar, if the jar took it. Ask who we are without a password.
    const probe = await fetch(`${base}/_session`, { headers: { Accept: 'application/json' }, credentials: 'include' });
    const name = ((await probe.json().catch(() => null)) as { userCtx?: { name?: unknown } } | null)?.userCtx?.name;
    store.mode = name === who.user ? 'jar' : 'basic';
  } catch {
    // Unreachable, or a browser that refuses the cross-origin login: Basic auth for this engine's
    // life (the request itself says whether the server can be reached).
    store.mode = 'basic';
  }
}

/** The headers that authenticate one request; `renew` logs in again (the server ended the session). */
export async function sessionHeaders(who: Who, renew: boolean): Promise<Record<string, string>> {
  const store = who.session;
  if (!store) return { Authorization: basicAuth(who) };
  if (renew || store.mode === 'unknown') {
    store.login ??= login(who, store).finally(() => (store.login = undefined));
    await store.login;
  }
  if (store.mode === 'header' && store.cookie) return { Cookie: store.cookie };
  if (store.mode === 'jar') return {};
  return { Authorization: basicAuth(who) };
}

/**
 * The team rules' answer to a write without a user: with a session cookie it means the server no
 * longer knows the session (pouchdb-server forgets its sessions when it restarts and then treats the
 * cookie as nobody), not that the record breaks a rule. Log in again instead of parking the record.
 */
export const ANONYMOUS_REFUSAL = /sign in to write|anonymous writes/i;

/** Makes the next request log in again (the server ended the session). */
export function forgetSession(who: { session?: SessionStore }): void {
  if (who.session && who.session.mode !== 'basic') who.session.mode = 'unknown';
}

/** CouchDB renews the cookie on replies near its expiry: keep the newest one. */
export function noteReply(who: Who, res: Response): void {
  const store = who.session;
  if (store?.mode !== 'header') return;
  const cookie = authCookie(res);
  if (cookie) store.cookie = cookie;
}
