import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../cli/commands/sync-setup';
import { toHandledDoc } from '../../lib/contract/records';
import { handled } from '../sync-server/fixtures';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';

// `kizuki sync-setup` against a real pouchdb-server: databases, members, validation, users.

let server: SyncServer;
beforeAll(async () => { server = await startSyncServer(); });
afterAll(() => server?.stop());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdin: process.stdin, stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) } };
}

const auth = (user: string, password: string) => ({ Authorization: `Basic ${btoa(`${user}:${password}`)}`, 'Content-Type': 'application/json' });
const args = (...ops: string[]) => ['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Midori Support', ...ops.flatMap((o) => ['--operator', o])];

async function put(path: string, headers: Record<string, string>, doc: unknown) {
  const res = await fetch(`${server.url}/${path}`, { method: 'PUT', headers, body: JSON.stringify(doc) });
  return { status: res.status, body: (await res.json()) as { reason?: string } };
}

const record = (postId: string, operator: string) => toHandledDoc(handled(postId, operator));

describe('kizuki sync-setup', () => {
  test('creates the team and claims databases, members and users; running it again is harmless', async () => {
    const first = io();
    expect(await run(args('sato:pw-sato', 'suzuki:pw-suzuki'), first.io)).toBe(0);
    expect(first.out.at(-1)).toBe('ok: team database team_midori_support, claims database team_midori_support_claims');
    const again = io();
    expect(await run(args('sato:pw-sato', 'suzuki:pw-suzuki', 'tanaka:pw-tanaka'), again.io)).toBe(0);
    expect(again.out.join('\n')).toMatch(/database team_midori_support exists/);

    const sec = await fetch(`${server.url}/team_midori_support/_security`, { headers: auth(ADMIN.user, ADMIN.password) }).then((r) => r.json());
    expect((sec as { members: { names: string[] } }).members.names.sort()).toEqual(['sato', 'suzuki', 'tanaka']);
    expect((await fetch(`${server.url}/team_midori_support_claims`, { headers: auth('tanaka', 'pw-tanaka') })).status).toBe(200);
    // The output never repeats a password.
    expect([...first.out, ...again.out].join('\n')).not.toMatch(/pw-/);
  });

  test('members write records only in their own name; nobody else reads the team database', async () => {
    expect((await put('team_midori_support/handled:1', auth('sato', 'pw-sato'), record('1', 'sato'))).status).toBe(201);
    const forged = await put('team_midori_support/handled:2', auth('sato', 'pw-sato'), record('2', 'suzuki'));
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/own name/);
    const mismatch = await put('team_midori_support/handled:3', auth('sato', 'pw-sato'), { ...record('4', 'sato'), _id: 'handled:3' });
    expect(mismatch.status, JSON.stringify(mismatch.body)).toBe(403);
    const claimAsOther = await put('team_midori_support_claims/claim:5', auth('sato', 'pw-sato'), { _id: 'claim:5', type: 'claim', postId: '5', operator: 'suzuki', expiresAt: 1 });
    expect(claimAsOther.status).toBe(403);
    expect((await fetch(`${server.url}/team_midori_support`)).status).toBe(401);
    expect((await fetch(`${server.url}/team_midori_support`, { headers: auth('sato', 'wrong') })).status).toBe(401);
  });

  test('handled records are never updated, not even by their author', async () => {
    const doc = await fetch(`${server.url}/team_midori_support/handled:1`, { headers: auth('sato', 'pw-sato') }).then((r) => r.json());
    const update = await put('team_midori_support/handled:1', auth('sato', 'pw-sato'), { ...(doc as object), action: 'liked' });
    expect(update.status).toBe(403);
  });

  test('bad arguments: usage, exit 2; a wrong admin password: a clear error without the password', async () => {
    const bad = io();
    expect(await run(['--url', server.url, '--team', 'x'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/usage/);
    const wrong = io();
    expect(await run(['--url', server.url, '--admin', 'admin:nope-secret', '--team', 'x', '--operator', 'a:b'], wrong.io)).toBe(1);
    expect(wrong.err.join('\n')).toMatch(/wrong user name or password/);
    expect(wrong.err.join('\n')).not.toMatch(/nope-secret/);
  });
});
