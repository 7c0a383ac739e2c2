import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setupTeam } from '../../lib/sync/setup';

// A real CouchDB-protocol server for the sync tests: pouchdb-server on 127.0.0.1, a free port, a
// temporary data directory (so a kill and restart keeps the data). Each test file starts its own,
// so `npm test` needs nothing else running.

const BIN = path.resolve(import.meta.dirname, '../../node_modules/.bin/pouchdb-server');
export const ADMIN = { user: 'admin', password: 'admin-secret' };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not start at ${url}`);
}

export interface SyncServer {
  url: string;
  port: number;
  /** Kills the process (SIGKILL: a crash, not a clean shutdown). */
  kill(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSyncServer(): Promise<SyncServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let started = false;

  async function launch(): Promise<void> {
    child = spawn(BIN, ['-p', String(port), '-o', '127.0.0.1', '-d', dir, '-c', path.join(dir, 'config.json'), '-n'], {
      cwd: dir,
      stdio: 'ignore',
    });
    await waitUntilUp(url);
    // The admin is created once (admin party); after a restart pouchdb-server reads it from config.json.
    if (!started) await fetch(`${url}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    started = true;
  }

  async function kill(): Promise<void> {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  }

  await launch();
  return {
    url,
    port,
    kill,
    restart: launch,
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Lets extension pages and the service worker through CORS, as a CouchDB with [cors] enabled would;
 * browser tests cannot click "Allow" on the optional host permission prompt.
 */
export async function enableCors(url: string): Promise<void> {
  const headers = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}` };
  const settings = {
    'httpd/enable_cors': 'true',
    'cors/origins': '*',
    'cors/credentials': 'true',
    'cors/methods': 'GET, PUT, POST, HEAD, DELETE',
    'cors/headers': 'accept, authorization, content-type, origin, referer',
  };
  for (const [key, value] of Object.entries(settings)) {
    await fetch(`${url}/_config/${key}`, { method: 'PUT', headers, body: JSON.stringify(value) });
  }
}

/** Starts a server and sets a team up with the same code as `kizuki sync-setup`. */
export async function startTeamServer(team: string, operators: { name: string; password: string }[]) {
  const server = await startSyncServer();
  const dbs = await setupTeam({ url: server.url, admin: ADMIN, team, operators });
  return { server, ...dbs };
}
