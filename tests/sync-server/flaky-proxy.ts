import { createServer, request, type Server } from 'node:http';
import { freePort } from './server';

// A tiny proxy in front of the test server that answers 503 to the first `failures` requests whose
// path matches, and counts every request, so tests can see retries and the end of retrying.

export interface FlakyProxy {
  url: string;
  requests: number;
  failuresLeft: number;
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string, failures: number, match: RegExp = /./): Promise<FlakyProxy> {
  const port = await freePort();
  const state = { requests: 0, failuresLeft: failures };
  const server: Server = createServer((req, res) => {
    state.requests++;
    if (state.failuresLeft > 0 && match.test(req.url ?? '')) {
      state.failuresLeft--;
      res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"error":"unavailable"}');
      return;
    }
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() { return state.requests; },
    get failuresLeft() { return state.failuresLeft; },
    set failuresLeft(n: number) { state.failuresLeft = n; },
    set requests(n: number) { state.requests = n; },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
