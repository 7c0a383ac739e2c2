import { isSecureUrl } from '../secure-url';
import { serverBase, type SyncConfig } from './config';

// A tiny CouchDB client: one function, credentials only ever in the Authorization header, and every
// failure sorted into what the operator needs to know (offline, refused and why, server error).

export type FailureKind = 'offline' | 'auth' | 'forbidden' | 'server' | 'protocol';

export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
  /** 401/403 will not fix themselves: stop retrying until the settings change. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server';
  }
}

export type Credentials = Pick<SyncConfig, 'url' | 'user' | 'password'>;

function authHeader({ user, password }: Credentials): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export interface CouchOptions {
  method?: string;
  body?: unknown;
  /** Aborts the request (long polls use their own timeout: pouchdb-server ignores `timeout`). */
  signal?: AbortSignal;
}

/** Sends one request and returns the parsed JSON body and status; throws SyncFailure otherwise. */
export async function couch<T = unknown>(creds: Credentials, path: string, opts: CouchOptions = {}): Promise<{ status: number; body: T }> {
  // Settings saved before https was required must not send the password in the clear either.
  if (!isSecureUrl(creds.url)) throw new SyncFailure('forbidden', 'https is required (plain http only for localhost, 127.0.0.1 or [::1])');
  let res: Response;
  try {
    res = await fetch(`${serverBase(creds.url)}/${path}`, {
      method: opts.method ?? 'GET',
      headers: { Authorization: authHeader(creds), Accept: 'application/json', 'Content-Type': 'application/json' },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new SyncFailure('offline', 'server unreachable');
  }
  const body = (await res.json().catch(() => null)) as T;
  // pouchdb-server answers a valid user who is not a member with 401 (CouchDB: 403).
  if (res.status === 401 && /not authorized to access/i.test(reasonOf(body) ?? '')) throw new SyncFailure('forbidden', 'not a member of the team database', 401);
  if (res.status === 401) throw new SyncFailure('auth', 'wrong user name or password', 401);
  if (res.status === 403) throw new SyncFailure('forbidden', reasonOf(body) ?? 'no access to the team database', 403);
  if (res.status >= 500) throw new SyncFailure('server', `server error ${res.status}`, res.status);
  return { status: res.status, body };
}

export function reasonOf(body: unknown): string | undefined {
  const reason = (body as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason.slice(0, 200) : undefined;
}
