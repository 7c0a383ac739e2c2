import { claimsDbName, teamDbName, type SyncConfig } from './config';
import { couch, SyncFailure } from './couch';

// "Test connection" in settings: each step tells the operator exactly what is wrong, in the order
// they would have to fix it (server, password, access, databases set up).

export type ConnectionProblem = 'unreachable' | 'auth' | 'forbidden' | 'missing' | 'server' | 'protocol';
export type ConnectionResult = { ok: true; user: string } | { ok: false; problem: ConnectionProblem; detail?: string };

const problemOf = (err: SyncFailure): ConnectionProblem => (err.kind === 'offline' ? 'unreachable' : err.kind);

async function checkDb(config: SyncConfig, name: string): Promise<ConnectionResult | null> {
  const { status } = await couch(config, encodeURIComponent(name));
  if (status === 404) return { ok: false, problem: 'missing', detail: name };
  if (status !== 200) return { ok: false, problem: 'protocol', detail: `${name}: ${status}` };
  return null;
}

export async function testConnection(config: SyncConfig): Promise<ConnectionResult> {
  try {
    const session = await couch<{ userCtx?: { name?: string | null } }>(config, '_session');
    // pouchdb-server and CouchDB answer _session with the user the credentials name, or 401.
    const user = session.body?.userCtx?.name;
    if (!user) return { ok: false, problem: 'auth' };
    for (const name of [teamDbName(config.team), claimsDbName(config.team)]) {
      const failed = await checkDb(config, name);
      if (failed) return failed;
    }
    return { ok: true, user };
  } catch (err) {
    if (err instanceof SyncFailure) return { ok: false, problem: problemOf(err), detail: err.kind === 'forbidden' ? err.message : undefined };
    return { ok: false, problem: 'protocol' };
  }
}
