import { isSecureUrl } from '../secure-url';
import { serverBase, type SyncConfig } from './config';
import { clockOffsetFromDate } from './server-clock';
import { ANONYMOUS_REFUSAL, forgetSession, noteReply, sessionHeaders, type SessionStore } from './session';

// A tiny CouchDB client: one function, the password only ever in a login or an Authorization header,
// and every failure sorted into what the operator needs to know (offline, refused and why, server
// error, an answer that is not the server's). Everything a reply carries is untrusted: its size is
// capped and its body must be JSON, or the request failed (a captive portal answers HTML with 200).

export type FailureKind = 'offline' | 'auth' | 'forbidden' | 'server' | 'protocol';

export class SyncFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
  /**
   * 401/403 will not fix themselves: retried only when the settings change, the alarm comes round or
   * the operator presses "retry now". Everything else (offline, 5xx, an answer that is not the
   * server's, a cut-off body) may heal and is retried with backoff.
   */
  get retryable(): boolean {
    return this.kind !== 'auth' && this.kind !== 'forbidden';
  }
}

export type Credentials = Pick<SyncConfig, 'url' | 'user' | 'password'> & {
  /** Where a CouchDB session cookie is kept between requests; without it Basic auth goes every time. */
  session?: SessionStore;
};

/** A reply larger than this is not read: 1,000 changes of the largest valid records fit well inside. */
export const MAX_REPLY_BYTES = 32 * 1024 * 1024;

export interface CouchOptions {
  method?: string;
  body?: unknown;
  /** Aborts the request (long polls use their own timeout: pouchdb-server ignores `timeout`). */
  signal?: AbortSignal;
  /** Size cap for this reply's body (default MAX_REPLY_BYTES). */
  maxBytes?: number;
}

export interface CouchReply<T> {
  status: number;
  body: T;
  /** Server time minus local time, from the reply's Date header (null when it has none). */
  clockOffset: number | null;
  /** The request that got this reply carried the session (cookie), not the password. */
  viaSession: boolean;
}

/** Reads the body as text, stopping at `maxBytes`; a cut connection is a failure to retry, never "empty". */
async function readCapped(res: Response, maxBytes: number, signal?: AbortSignal): Promise<string> {
  const declared = Number(res.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) throw new SyncFailure('protocol', `reply too large (${declared} bytes)`, res.status);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw new SyncFailure('protocol', `reply too large (over ${maxBytes} bytes)`, res.status);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof SyncFailure || signal?.aborted) throw err;
    throw new SyncFailure('offline', 'the connection was cut while reading the reply', res.status);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (all.set(c, at), (at += c.byteLength));
  return new TextDecoder().decode(all);
}

function parseJson(text: string, status: number): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    // An HTML login page of a hotel Wi-Fi, a proxy's error page, a body cut in the middle.
    throw new SyncFailure('protocol', `the server's answer is not JSON (${status}; a captive portal or proxy?)`, status);
  }
}

async function send(creds: Credentials, path: string, opts: CouchOptions, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(`${serverBase(creds.url)}/${path}`, {
      method: opts.method ?? 'GET',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
      credentials: 'include',
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new SyncFailure('offline', 'server unreachable');
  }
}

/** Sends one request and returns the parsed JSON body and status; throws SyncFailure otherwise. */
export async function couch<T = unknown>(creds: Credentials, path: string, opts: CouchOptions = {}): Promise<CouchReply<T>> {
  // Settings saved before https was required must not send the password in the clear either.
  if (!isSecureUrl(creds.url)) throw new SyncFailure('forbidden', 'https is required (plain http only for localhost, 127.0.0.1 or [::1])');
  const sentAt = Date.now();
  let headers = await sessionHeaders(creds, false);
  let res = await send(creds, path, opts, headers);
  let text = await readCapped(res, opts.maxBytes ?? MAX_REPLY_BYTES, opts.signal);
  // A session the server no longer knows (expired, or forgotten by a restart: then the cookie counts
  // as nobody and a write is refused as anonymous): log in again once. Judged by what this request
  // carried, not by the session's state now: another request of the same engine may have dropped the
  // session meanwhile, and a 401 to a cookie is then still no verdict on the password.
  const viaSession = (h: Record<string, string>) => creds.session !== undefined && !('Authorization' in h);
  const sessionEnded = res.status === 401 || (res.status === 403 && ANONYMOUS_REFUSAL.test(reasonOf(safeJson(text)) ?? ''));
  if (sessionEnded && viaSession(headers)) {
    headers = await sessionHeaders(creds, true);
    res = await send(creds, path, opts, headers);
    text = await readCapped(res, opts.maxBytes ?? MAX_REPLY_BYTES, opts.signal);
  }
  noteReply(creds, res);
  const clockOffset = clockOffsetFromDate(res.headers.get('Date'), sentAt, Date.now());
  // pouchdb-server answers a valid user who is not a member with 401 (CouchDB: 403).
  const reason = () => reasonOf(safeJson(text));
  if (res.status === 401 && /not authorized to access/i.test(reason() ?? '')) throw new SyncFailure('forbidden', 'not a member of the team database', 401);
  if (res.status === 401) throw new SyncFailure('auth', 'wrong user name or password', 401);
  if (res.status === 403) throw new SyncFailure('forbidden', reason() ?? 'no access to the team database', 403);
  if (res.status >= 500) throw new SyncFailure('server', `server error ${res.status}`, res.status);
  return { status: res.status, body: parseJson(text, res.status) as T, clockOffset, viaSession: viaSession(headers) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function reasonOf(body: unknown): string | undefined {
  const reason = (body as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason.slice(0, 200) : undefined;
}

/** One document's answer in a _bulk_docs reply. */
export type BulkResult = { id?: string; ok?: boolean; rev?: string; error?: string; reason?: string };
export type AllDocsRow = { key: string; value?: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> | null };

/** Writes many documents in one request; each document's answer by its id (throws when the request fails). */
export async function bulkDocs(creds: Credentials, dbName: string, docs: Record<string, unknown>[]): Promise<Map<string, BulkResult>> {
  if (docs.length === 0) return new Map();
  const send = () => couch<BulkResult[]>(creds, `${dbName}/_bulk_docs`, { method: 'POST', body: { docs } });
  // Refused as anonymous: the server forgot our session (it restarted). Nothing is parked for that:
  // log in again and send the whole batch again at once (not a failure to wait out: the server is up).
  // (pouchdb-server answers such a write per document with `unauthorized`: about the request's
  // credentials, never about the record.)
  const sessionLost = (reply: { body: unknown }) => Array.isArray(reply.body) &&
    reply.body.some((r: BulkResult | null) => r?.error === 'unauthorized' || ANONYMOUS_REFUSAL.test(String(r?.reason ?? '')));
  let reply = await send();
  if (sessionLost(reply) && reply.viaSession) {
    forgetSession(creds);
    reply = await send();
  }
  if (sessionLost(reply)) {
    forgetSession(creds);
    throw new SyncFailure('server', 'the server no longer knows this session; logging in again');
  }
  const { status, body } = reply;
  if (status === 404) throw new SyncFailure('forbidden', `database ${dbName} does not exist`, 404);
  if (!Array.isArray(body)) throw new SyncFailure('protocol', `unexpected _bulk_docs reply (${status})`, status);
  // pouchdb-server does not keep the request order: match results by id. Each element is checked on
  // its own: one odd element is "no result" for its document, not a reason to drop the others.
  const results = new Map<string, BulkResult>();
  for (const r of body as unknown[]) {
    if (r && typeof r === 'object' && typeof (r as BulkResult).id === 'string') results.set((r as BulkResult).id!, r as BulkResult);
  }
  return results;
}

/** Reads many documents by id in one request (_all_docs with keys); a missing one has no row or a null doc. */
export async function allDocs(creds: Credentials, dbName: string, ids: string[]): Promise<Map<string, AllDocsRow>> {
  if (ids.length === 0) return new Map();
  const { body } = await couch<{ rows?: unknown }>(creds, `${dbName}/_all_docs?include_docs=true`, { method: 'POST', body: { keys: ids } });
  const rows = Array.isArray(body?.rows) ? (body.rows as unknown[]) : [];
  const found = new Map<string, AllDocsRow>();
  for (const r of rows) if (r && typeof r === 'object' && typeof (r as AllDocsRow).key === 'string') found.set((r as AllDocsRow).key, r as AllDocsRow);
  return found;
}
