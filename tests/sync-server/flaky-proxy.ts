import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { freePort } from './server';

// A tiny proxy in front of the test server that answers 503 to the first `failures` requests whose
// path matches, and counts every request, so tests can see retries and the end of retrying.
// `intercept` lets a test play a hostile network: answer in the server's place (an HTML captive
// portal, an oversized body, a reply cut off halfway) or return false to let the request through.
// `failUntil` answers 503 to everything until that time (a server that is "down for a few seconds").

export type Intercept = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface FlakyProxy {
  url: string;
  requests: number;
  failuresLeft: number;
  failUntil: number;
  intercept: Intercept | null;
  /** Authorization / Cookie headers seen, one entry per request (for the session tests). */
  auth: { path: string; authorization: boolean; cookie: boolean }[];
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string, failures: number, match: RegExp = /./): Promise<FlakyProxy> {
  const port = await freePort();
  const state = { requests: 0, failuresLeft: failures, failUntil: 0, intercept: null as Intercept | null, auth: [] as FlakyProxy['auth'] };
  const server: Server = createServer((req, res) => {
    state.requests++;
    state.auth.push({ path: req.url ?? '', authorization: !!req.headers.authorization, cookie: /AuthSession=/.test(req.headers.cookie ?? '') });
    if (state.auth.length > 10_000) state.auth.splice(0, 5_000);
    if (Date.now() < state.failUntil || (state.failuresLeft > 0 && match.test(req.url ?? ''))) {
      if (Date.now() >= state.failUntil) state.failuresLeft--;
      req.resume();
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"unavailable"}');
      return;
    }
    if (state.intercept?.(req, res)) return;
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      // The server died mid-reply: cut the client's connection too, as a real network would.
      up.on('error', () => res.destroy());
      up.on('aborted', () => res.destroy());
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() { return state.requests; },
    set requests(n: number) { state.requests = n; },
    get failuresLeft() { return state.failuresLeft; },
    set failuresLeft(n: number) { state.failuresLeft = n; },
    get failUntil() { return state.failUntil; },
    set failUntil(t: number) { state.failUntil = t; },
    get intercept() { return state.intercept; },
    set intercept(f: Intercept | null) { state.intercept = f; },
    get auth() { return state.auth; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
