import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';

// `kizuki sync-setup` with passwords given as "-": read from standard input, never on the command
// line. The CLI runs as a leads would run it (a child process), against a real pouchdb-server.

const root = path.resolve(import.meta.dirname, '../..');
let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(() => server?.stop());

function kizuki(args: string[], stdin: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/kizuki.ts', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}
const canLogIn = async (user: string, password: string) =>
  (await fetch(`${server.url}/_session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: user, password }) })).status === 200;

describe('sync-setup reads passwords from standard input', () => {
  test('admin and operators given as "-": one line each, in order; the operators can sign in', async () => {
    const r = await kizuki(['sync-setup', '--url', server.url, '--admin', `${ADMIN.user}:-`, '--team', 'Stdin', '--operator', '佐藤:-', '--operator', 'suzuki:pw:with:colons'], `${ADMIN.password}\npw-佐藤-秘密\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ok: team database team_stdin/);
    expect(r.out).not.toMatch(/pw-/);
    expect(await canLogIn('佐藤', 'pw-佐藤-秘密')).toBe(true);
    expect(await canLogIn('suzuki', 'pw:with:colons')).toBe(true);
  });

  test('fewer lines than passwords asked for: refused before anything is done, exit 2', async () => {
    const r = await kizuki(['sync-setup', '--url', server.url, '--admin', `${ADMIN.user}:-`, '--team', 'Short', '--operator', 'tanaka:-'], `${ADMIN.password}\n`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/fewer passwords than the 2 marked "-" \(admin, tanaka\)/);
    expect(r.out).toBe('');
    expect(await canLogIn('tanaka', '')).toBe(false);
  });

  test('a plain-http server that is not this machine is refused, exit 2', async () => {
    const r = await kizuki(['sync-setup', '--url', 'http://couch.example.com', '--admin', 'admin:x', '--team', 'T', '--operator', 'a:b'], '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/https is required/);
  });
});
