import { claimsDbName, teamDbName } from './config';
import { couch, SyncFailure, type Credentials } from './couch';
import { VALIDATE_CLAIMS, VALIDATE_HANDLED } from './validate-docs';
import { composeTeamValidate } from './validate-team-docs';

// Sets a team up on a CouchDB-protocol server, idempotently: running it again changes nothing
// but passwords given again and members added. Everything is done as the admin: pouchdb-server
// crashes when a database is created anonymously once an admin exists.

export interface SetupOptions {
  url: string;
  admin: { user: string; password: string };
  team: string;
  operators: { name: string; password: string }[];
  /** Team leads: members with the `lead` role, who alone may publish packs. */
  leads?: { name: string; password: string }[];
  log?: (line: string) => void;
}

type Doc = Record<string, unknown> & { _rev?: string };

async function ensureDb(admin: Credentials, name: string, log: (l: string) => void): Promise<void> {
  const { status, body } = await couch(admin, encodeURIComponent(name), { method: 'PUT' });
  if (status === 201 || status === 202) log(`created database ${name}`);
  else if (status === 412) log(`database ${name} exists`);
  else throw new SyncFailure('protocol', `cannot create ${name}: ${status} ${JSON.stringify(body)}`, status);
}

async function getDoc(admin: Credentials, path: string): Promise<Doc | null> {
  const { status, body } = await couch<Doc>(admin, path);
  return status === 200 ? body : null;
}

async function putDoc(admin: Credentials, path: string, doc: Doc): Promise<void> {
  const { status, body } = await couch(admin, path, { method: 'PUT', body: doc });
  if (status >= 300) throw new SyncFailure('protocol', `cannot write ${path}: ${status} ${JSON.stringify(body)}`, status);
}

async function ensureUser(admin: Credentials, op: { name: string; password: string }, log: (l: string) => void, role?: 'lead'): Promise<void> {
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${op.name}`)}`;
  const old = await getDoc(admin, path);
  const oldRoles = (old?.roles as string[]) ?? [];
  // A role once given is kept: naming a lead again with --operator does not demote them.
  const roles = role && !oldRoles.includes(role) ? [...oldRoles, role] : oldRoles;
  const doc: Doc = { ...(old ?? {}), _id: `org.couchdb.user:${op.name}`, name: op.name, type: 'user', roles, password: op.password };
  await putDoc(admin, path, doc);
  log(old ? `updated user ${op.name}` : `created user ${op.name}`);
}

type Security = { admins?: unknown; members?: { names?: string[]; roles?: string[] } };

async function membersOf(admin: Credentials, dbName: string): Promise<string[]> {
  const sec = (await getDoc(admin, `${encodeURIComponent(dbName)}/_security`)) as Security | null;
  return [...(sec?.members?.names ?? []), ...(sec?.members?.roles ?? [])];
}

async function ensureSecurity(admin: Credentials, dbName: string, names: string[]): Promise<void> {
  const old = (await getDoc(admin, `${dbName}/_security`)) as Security | null;
  const members = { names: [...new Set([...(old?.members?.names ?? []), ...names])], roles: old?.members?.roles ?? [] };
  await putDoc(admin, `${dbName}/_security`, { admins: old?.admins ?? { names: [], roles: [] }, members });
}

async function ensureValidate(admin: Credentials, dbName: string, source: string, log: (l: string) => void): Promise<void> {
  const path = `${dbName}/_design/kizuki`;
  const old = await getDoc(admin, path);
  if (old?.validate_doc_update === source) return;
  await putDoc(admin, path, { _id: '_design/kizuki', ...(old?._rev ? { _rev: old._rev } : {}), validate_doc_update: source });
  log(`installed validate_doc_update in ${dbName}`);
}

export async function setupTeam(opts: SetupOptions): Promise<{ team: string; claims: string }> {
  const log = opts.log ?? (() => {});
  const admin: Credentials = { url: opts.url, user: opts.admin.user, password: opts.admin.password };
  const team = teamDbName(opts.team);
  const claims = claimsDbName(opts.team);
  // CouchDB treats a database without members as public (anyone reads and writes it): refuse before
  // creating anything unless the team already has members or some are named now.
  if (opts.operators.length === 0) {
    const existing = [...(await membersOf(admin, team)), ...(await membersOf(admin, claims))];
    if (existing.length === 0) throw new SyncFailure('forbidden', `refusing to set up ${team} without members (CouchDB makes a database without members public): name at least one with --operator`);
  }
  if ((await getDoc(admin, '_users')) === null) await ensureDb(admin, '_users', log); // CouchDB 3 single node
  for (const name of [team, claims]) await ensureDb(admin, name, log);
  for (const op of opts.operators) await ensureUser(admin, op, log);
  for (const lead of opts.leads ?? []) await ensureUser(admin, lead, log, 'lead');
  const names = [...opts.operators, ...(opts.leads ?? [])].map((o) => o.name);
  await ensureSecurity(admin, team, names);
  // The claims database has the team's members, also when only the team database had them before.
  const teamSec = (await getDoc(admin, `${team}/_security`)) as Security | null;
  await ensureSecurity(admin, claims, [...names, ...(teamSec?.members?.names ?? [])]);
  await ensureValidate(admin, team, composeTeamValidate(VALIDATE_HANDLED), log);
  await ensureValidate(admin, claims, VALIDATE_CLAIMS, log);
  log(`members of ${team} and ${claims}: ${names.join(', ') || '(unchanged)'}`);
  return { team, claims };
}
