import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setupTeam } from '../../lib/sync/setup';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';

// Spawns the command a team lead types, `npm run --silent kizuki -- pack-publish …`, against a real
// pouchdb-server set up with one lead (tanaka) and one operator (sato).

const root = path.resolve(import.meta.dirname, '../..');
const demo = JSON.parse(readFileSync(path.join(root, 'lib/pack/demo-pack.json'), 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(path.join(tmpdir(), 'kizuki-publish-'));
const DB = 'team_publish';

let server: SyncServer;
beforeAll(async () => {
  server = await startSyncServer();
  await setupTeam({ url: server.url, admin: ADMIN, team: 'Publish', operators: [{ name: 'sato', password: 'pw-sato' }], leads: [{ name: 'tanaka', password: 'pw-tanaka-秘密' }] });
});
afterAll(() => server?.stop());

function packFile(name: string, content: string | Record<string, unknown>): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** The first run goes through npm exactly as documented; the rest start node directly (the same script, faster). */
let viaNpm = true;
function kizuki(args: string[], stdin = ''): Promise<{ code: number | null; out: string; err: string }> {
  const [cmd, pre] = viaNpm ? ['npm', ['run', '--silent', 'kizuki', '--']] : [process.execPath, ['--import', 'tsx', 'cli/kizuki.ts']];
  viaNpm = false;
  return new Promise((resolve) => {
    const child = spawn(cmd, [...pre, 'pack-publish', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

const publish = (user: string, file: string, stdin?: string) => kizuki(['--url', server.url, '--team', 'Publish', '--user', user, file], stdin);
const admin = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
const stored = () => fetch(`${server.url}/${DB}/pack:midori-demo`, { headers: admin }).then((r) => r.json() as Promise<Record<string, unknown>>);

describe('kizuki pack-publish', { timeout: 90_000 }, () => {
  test('a lead publishes; the same pack again is unchanged; a new version read with the password from stdin replaces it', async () => {
    // The version is set here, not taken from the demo pack, which moves on as the demo grows.
    const v1 = { ...demo, packVersion: '1.1.0' };
    const first = await publish('tanaka:pw-tanaka-秘密', packFile('v1.json', v1));
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out.trim()).toBe(`published midori-demo v1.1.0 to ${DB}`);
    const doc = await stored();
    expect(doc).toMatchObject({ type: 'pack', packId: 'midori-demo', packVersion: '1.1.0', publisher: 'tanaka' });
    expect(Math.abs(Date.now() - (doc.publishedAt as number))).toBeLessThan(60_000);
    expect(doc.pack).toEqual(v1);

    const again = await publish('tanaka:pw-tanaka-秘密', packFile('v1-again.json', v1));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^unchanged: midori-demo v1\.1\.0/);
    expect((await stored())._rev).toBe(doc._rev);

    const next = await publish('tanaka:-', packFile('v2.json', { ...demo, packVersion: '1.2.0', name: 'ミドリ電機 サポート v2' }), 'pw-tanaka-秘密\n');
    expect(next.code).toBe(0);
    expect(next.out.trim()).toBe(`published midori-demo v1.2.0 to ${DB} (was v1.1.0)`);
    expect((await stored()).pack).toMatchObject({ name: 'ミドリ電機 サポート v2' });
    expect(first.out + first.err + next.out + next.err).not.toMatch(/pw-tanaka/);
  });

  test("an operator's publish is refused by the server, with the server's reason and a non-zero exit", async () => {
    const before = (await stored())._rev;
    const res = await publish('sato:pw-sato', packFile('by-operator.json', { ...demo, packVersion: '9.0.0' }));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/pack-publish refused: only a team lead may publish packs \(sato is not a lead\)/);
    expect((await stored())._rev).toBe(before);
  });

  test('changing a published version in place is refused by the server: raise packVersion', async () => {
    const res = await publish('tanaka:pw-tanaka-秘密', packFile('same-version.json', { ...demo, packVersion: '1.2.0', name: 'edited without a new version' }));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/1\.2\.0 is already published; raise packVersion/);
  });

  test('a malformed pack is refused before anything is sent, with file:line:column and the path', async () => {
    const before = (await stored())._rev;
    const text = JSON.stringify({ ...demo, packVersion: '3.0.0', brands: [{ id: 'x', name: 'X', terms: [] }] }, null, 2);
    const file = packFile('bad.json', text);
    const res = await publish('tanaka:pw-tanaka-秘密', file);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: \\$\\.brands\\[0\\]\\.terms`));
    expect(res.out).toBe('');
    const broken = await publish('tanaka:pw-tanaka-秘密', packFile('broken.json', '{ "format": "kizuki.pack", '));
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/broken\.json:1:\d+/);
    expect((await stored())._rev).toBe(before);
  });

  test('a pack without packVersion is refused locally', async () => {
    const { packVersion: _v, ...unversioned } = demo;
    const none = await publish('tanaka:pw-tanaka-秘密', packFile('unversioned.json', unversioned));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/unversioned\.json: \$\.packVersion: a published pack needs a packVersion/);
  });

  test('refused: plain http to another host, a wrong password (never echoed), no password, missing arguments', async () => {
    const http = await kizuki(['--url', 'http://couch.example.com', '--team', 'Publish', '--user', 'tanaka:pw', packFile('ok.json', demo)]);
    expect(http.code).toBe(2);
    expect(http.err).toMatch(/not https; only localhost and 127\.0\.0\.1 may use http/);

    const wrong = await publish('tanaka:nope-wrong', packFile('ok2.json', { ...demo, packVersion: '4.0.0' }));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/wrong user name or password/);
    expect(wrong.err).not.toMatch(/nope-wrong/);

    const noStdin = await publish('tanaka:-', packFile('ok3.json', demo), '');
    expect(noStdin.code).toBe(2);
    expect(noStdin.err).toMatch(/no password given/);

    const usage = await kizuki(['--url', server.url, '--team', 'Publish']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^usage: kizuki pack-publish/);
  });

  test('a malformed pack document written directly by a lead is refused by the server', async () => {
    const { _rev } = await stored();
    const headers = { Authorization: `Basic ${Buffer.from('tanaka:pw-tanaka-秘密').toString('base64')}`, 'Content-Type': 'application/json' };
    const doc = { _id: 'pack:midori-demo', _rev, type: 'pack', packId: 'midori-demo', pack: { ...demo, version: 2, packVersion: '5.0.0' }, packVersion: '5.0.0', publisher: 'tanaka', publishedAt: Date.now() };
    const res = await fetch(`${server.url}/${DB}/pack:midori-demo`, { method: 'PUT', headers, body: JSON.stringify(doc) });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { reason: string }).reason).toMatch(/not a known pack format version/);
  });
});
