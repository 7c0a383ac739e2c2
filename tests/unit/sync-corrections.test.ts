import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../cli/commands/sync-setup';
import type { CorrectionRecord } from '../../lib/contract/corrections';
import { pullCorrections, pushCorrections, toCorrectionDoc } from '../../lib/sync/corrections-sync';
import { readErrors } from '../../lib/sync/status';
import { clientDb } from '../sync-server/fixtures';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';

// Corrections travel to the team as correction:<postId>:<operator> documents: tried against a real
// pouchdb-server set up by `kizuki sync-setup`, with the server's rules doing the refusing.

let server: SyncServer;
const DB = 'team_kaede';
const USERS = { sato: 'pw-sato', suzuki: 'pw-suzuki' } as const;
type User = keyof typeof USERS;
const creds = (user: User) => ({ url: server.url, user, password: USERS[user] });

beforeAll(async () => {
  server = await startSyncServer();
  const code = await run(
    ['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Kaede', '--operator', 'sato:pw-sato', '--operator', 'suzuki:pw-suzuki'],
    { stdin: process.stdin, stdout: () => {}, stderr: () => {} },
  );
  expect(code).toBe(0);
});
afterAll(() => server?.stop());

const headers = (user: User) => ({ Authorization: `Basic ${btoa(`${user}:${USERS[user]}`)}`, 'Content-Type': 'application/json' });
async function put(user: User, doc: Record<string, unknown>) {
  const res = await fetch(`${server.url}/${DB}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: headers(user), body: JSON.stringify(doc) });
  return { status: res.status, body: (await res.json()) as { reason?: string; rev?: string } };
}

const correction = (postId: string, operator: string, over: Partial<CorrectionRecord> = {}): CorrectionRecord => ({
  postId, operator, operatorName: operator === 'sato' ? '佐藤' : '鈴木', category: 'complaint', previousCategory: 'other',
  text: 'カエデのアプリ、決済でぐるぐる地獄', brands: ['カエデ'], correctedAt: Date.now() - 1000, sync: 'local', ...over,
});

describe('the server\'s rules for corrections', () => {
  let fresh = 2100;
  test('created once, in the writer\'s own name; a correction in another\'s name is refused', async () => {
    expect((await put('sato', toCorrectionDoc(correction('2001', 'sato')))).status).toBe(201);
    const forged = await put('sato', toCorrectionDoc(correction('2002', 'suzuki')));
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/own name/);
    const again = await put('sato', { ...toCorrectionDoc(correction('2001', 'sato', { category: 'praise' })), _rev: (await fetch(`${server.url}/${DB}/correction:2001:sato`, { headers: headers('sato') }).then((r) => r.json()) as { _rev: string })._rev });
    expect(again.status).toBe(403);
    expect(again.body.reason).toMatch(/already recorded/);
  });

  test.each([
    ['a category that does not exist', { category: 'spam' }, /category/],
    ['an id that does not name the post and writer', { _id: 'correction:2100:suzuki' }, /own name|the id/],
    ['a field the schema does not have', { secret: 'x' }, /unknown field/],
    ['a time in the future', { correctedAt: Date.now() + 3_600_000 }, /correctedAt/],
    ['a previous category that does not exist', { previousCategory: 'spam' }, /previousCategory/],
    ['a post id that is not digits', { _id: 'correction:abc:sato', postId: 'abc' }, /postId/],
    ['text over the cap', { text: 'あ'.repeat(2001) }, /text/],
    ['a display name over 100 characters', { operatorName: 'あ'.repeat(101) }, /operatorName/],
    ['a display name that is not text', { operatorName: 7 }, /operatorName/],
    ['a brand name over 100 characters', { brands: ['あ'.repeat(101)] }, /brands: names/],
  ])('refuses %s', async (_what, over, reason) => {
    // A post of its own for each case: one wrongly accepted must not make the next fail for another reason.
    const postId = String(fresh++);
    const res = await put('sato', { ...toCorrectionDoc(correction(postId, 'sato')), ...over });
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(reason);
  });

  test('only its writer withdraws (deletes) a correction', async () => {
    const written = await put('sato', toCorrectionDoc(correction('2004', 'sato')));
    expect(written.status).toBe(201);
    const path = `${server.url}/${DB}/correction:2004:sato?rev=${written.body.rev}`;
    const byTeammate = await fetch(path, { method: 'DELETE', headers: headers('suzuki') });
    expect(byTeammate.status).toBe(403);
    expect(((await byTeammate.json()) as { reason: string }).reason).toMatch(/only sato or a lead/);
    expect((await fetch(path, { method: 'DELETE', headers: headers('sato') })).status).toBe(200);
  });
});

describe('pushing and pulling corrections', () => {
  test('a correction reaches a teammate\'s table; correcting again replaces it there', async () => {
    const sato = clientDb('sato');
    const suzuki = clientDb('suzuki');
    await sato.corrections.put(correction('3001', 'sato'));
    expect(await pushCorrections(creds('sato'), DB, sato)).toBe(1);
    expect((await sato.corrections.get(['3001', 'sato']))?.sync).toBe('synced');

    expect(await pullCorrections(creds('suzuki'), DB, suzuki)).toContain('3001');
    expect(await suzuki.corrections.get(['3001', 'sato'])).toMatchObject({ category: 'complaint', operatorName: '佐藤', sync: 'remote' });

    // Sato changes their mind: the document is withdrawn and written anew; Suzuki's table follows.
    await sato.corrections.put(correction('3001', 'sato', { category: 'request', correctedAt: Date.now() }));
    await pushCorrections(creds('sato'), DB, sato);
    expect(await readErrors(sato)).toEqual([]);
    expect((await sato.corrections.get(['3001', 'sato']))?.sync).toBe('synced');
    await pullCorrections(creds('suzuki'), DB, suzuki);
    expect((await suzuki.corrections.get(['3001', 'sato']))?.category).toBe('request');
    // Pulling again from the stored checkpoint brings nothing new.
    expect(await pullCorrections(creds('suzuki'), DB, suzuki)).toEqual([]);
  });

  test('corrections made under the local name are sent in the sync user\'s name; a refused one is parked with the reason', async () => {
    const sato = clientDb('sato-local');
    await sato.corrections.put(correction('3002', '佐藤'));
    await pushCorrections(creds('sato'), DB, sato);
    expect(await sato.corrections.toArray()).toMatchObject([{ postId: '3002', operator: 'sato', sync: 'synced' }]);

    await sato.corrections.put(correction('3003', 'sato', { text: 'x'.repeat(1999), brands: Array.from({ length: 60 }, () => 'b') }));
    await pushCorrections(creds('sato'), DB, sato);
    expect((await sato.corrections.get(['3003', 'sato']))?.sync).toBe('refused');
    expect((await readErrors(sato))[0]).toMatchObject({ docId: 'correction:3003:sato', problem: expect.stringMatching(/brands/) });
  });
});
