import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../cli/commands/sync-setup';
import { pull } from '../../lib/sync/pull';
import { readErrors } from '../../lib/sync/status';
import { parseTeamDoc } from '../../lib/sync/team-docs';
import { teamChanges } from '../../lib/sync/team-pull';
import { toHandledDoc } from '../../lib/contract/records';
import { clientDb, handled as handledRecord } from '../sync-server/fixtures';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';

// The team database's rules for packs, sightings and search rounds, tried against a real
// pouchdb-server set up by `kizuki sync-setup --lead`: what the server refuses, nobody can write.

let server: SyncServer;
const DB = 'team_kaede';
beforeAll(async () => {
  server = await startSyncServer();
  const code = await run(
    ['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Kaede', '--operator', 'sato:pw-sato', '--operator', 'suzuki:pw-suzuki', '--lead', 'tanaka:pw-tanaka'],
    { stdin: process.stdin, stdout: () => {}, stderr: () => {} },
  );
  expect(code).toBe(0);
});
afterAll(() => server?.stop());

const USERS = { sato: 'pw-sato', suzuki: 'pw-suzuki', tanaka: 'pw-tanaka' } as const;
type User = keyof typeof USERS;
const headers = (user: User) => ({ Authorization: `Basic ${btoa(`${user}:${USERS[user]}`)}`, 'Content-Type': 'application/json' });

async function put(user: User, doc: Record<string, unknown>) {
  const res = await fetch(`${server.url}/${DB}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: headers(user), body: JSON.stringify(doc) });
  return { status: res.status, body: (await res.json()) as { reason?: string; rev?: string } };
}
async function get(id: string) {
  return (await fetch(`${server.url}/${DB}/${encodeURIComponent(id)}`, { headers: headers('sato') }).then((r) => r.json())) as Record<string, unknown> & { _rev: string };
}
async function del(user: User, id: string) {
  const { _rev } = await get(id);
  return (await fetch(`${server.url}/${DB}/${encodeURIComponent(id)}?rev=${_rev}`, { method: 'DELETE', headers: headers(user) })).status;
}

const pack = (packVersion: string, extra: Record<string, unknown> = {}) => ({
  format: 'kizuki.pack', version: 1, id: 'kaede', name: 'Kaede', packVersion, brands: [{ id: 'kaede', name: 'カエデ', terms: ['カエデ'] }], ...extra,
});
const packDoc = (publisher: string, packVersion: string, over: Record<string, unknown> = {}) => ({
  _id: 'pack:kaede', type: 'pack', packId: 'kaede', pack: pack(packVersion), packVersion, publisher, publishedAt: Date.now(), ...over,
});
const sighting = (postId: string, operator: string, over: Record<string, unknown> = {}) => ({
  _id: `seen:${postId}`, type: 'seen', postId, operator, seenAt: Date.now(), url: `https://x.com/customer/status/${postId}`, authorHandle: 'customer',
  displayName: 'お客様', text: 'カエデの洗濯機が止まった', lang: 'ja', publishedAt: Date.now() - 60_000, category: 'complaint', priority: 55, brands: ['カエデ'], ...over,
});
const OPENED = 1_780_000_000_000;
const round = (operator: string, over: Record<string, unknown> = {}) => ({
  _id: `round:k1a2:${OPENED}:${operator}`, type: 'round', searchKey: 'k1a2', query: 'カエデ 止まった', name: 'カエデ · 故障', operator, openedAt: OPENED, newPosts: 0, ...over,
});

describe('sync-setup --lead', () => {
  test('a lead is a member with the lead role; operators get no role; running it again keeps both', async () => {
    const user = async (name: string) =>
      (await fetch(`${server.url}/_users/org.couchdb.user:${name}`, { headers: { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}` } }).then((r) => r.json())) as { roles: string[] };
    expect((await user('tanaka')).roles).toEqual(['lead']);
    expect((await user('sato')).roles).toEqual([]);
    // Again, with the lead also listed as an operator: nothing is lost, no role is doubled.
    const again = await run(['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Kaede', '--operator', 'tanaka:pw-tanaka', '--lead', 'tanaka:pw-tanaka'], { stdin: process.stdin, stdout: () => {}, stderr: () => {} });
    expect(again).toBe(0);
    expect((await user('tanaka')).roles).toEqual(['lead']);
    expect((await fetch(`${server.url}/${DB}`, { headers: headers('tanaka') })).status).toBe(200);
    expect((await fetch(`${server.url}/${DB}_claims`, { headers: headers('tanaka') })).status).toBe(200);
  });

  test('a malformed --lead is a usage error', async () => {
    const err: string[] = [];
    expect(await run(['--url', server.url, '--admin', 'a:b', '--team', 'x', '--lead', 'nopassword'], { stdin: process.stdin, stdout: () => {}, stderr: (l) => err.push(l) })).toBe(2);
    expect(err[0]).toMatch(/--lead NAME:PASSWORD/);
  });
});

describe('pack documents', () => {
  test('an operator cannot publish; a lead can; the same version is never changed in place', async () => {
    const byOperator = await put('sato', packDoc('sato', '1.0'));
    expect(byOperator.status).toBe(403);
    expect(byOperator.body.reason).toMatch(/only a team lead/);
    const byLead = await put('tanaka', packDoc('tanaka', '1.0'));
    expect(byLead.status, JSON.stringify(byLead.body)).toBe(201);
    const same = await put('tanaka', { ...packDoc('tanaka', '1.0'), _rev: byLead.body.rev });
    expect(same.status).toBe(403);
    expect(same.body.reason).toMatch(/already published/);
    const next = await put('tanaka', { ...packDoc('tanaka', '1.1'), _rev: byLead.body.rev });
    expect(next.status).toBe(201);
    expect((await get('pack:kaede')).packVersion).toBe('1.1');
    expect(parseTeamDoc(await get('pack:kaede'))).toMatchObject({ ok: true, doc: { type: 'pack', publisher: 'tanaka', packVersion: '1.1' } });
  });

  test.each([
    ['another format', { pack: { ...pack('2.0'), format: 'other.pack' } }, /pack.format/],
    ['an unknown format version', { pack: { ...pack('2.0'), version: 2 } }, /not a known pack format version/],
    ['no brands', { pack: { ...pack('2.0'), brands: [] } }, /at least one brand/],
    ['a pack id that is not the document id', { pack: { ...pack('2.0'), id: 'other' } }, /pack.id/],
    ['someone else as publisher', { publisher: 'sato' }, /own name/],
    ['a publish time an hour ahead', { publishedAt: Date.now() + 3_600_000 }, /publishedAt/],
    ['a publish time a day old', { publishedAt: Date.now() - 86_400_000 }, /publishedAt/],
    ['a version that is not the pack\'s', { packVersion: '9.9' }, /packVersion/],
    ['a field nobody reads', { script: 'x' }, /unknown field script/],
    ['a pack that is not an object', { pack: 'kizuki.pack' }, /pack must be/],
    ['an id that does not name the pack', { packId: 'other', pack: { ...pack('2.0'), id: 'other' } }, /pack:<packId>/],
    ['a pack id with a slash', { _id: 'pack:a/b', packId: 'a/b', pack: { ...pack('2.0'), id: 'a/b' } }, /packId: letters/],
    ['a version over 40 characters', { packVersion: '1'.repeat(41), pack: pack('1'.repeat(41)) }, /packVersion: 1 to 40/],
    ['a pack without a name', { pack: { ...pack('2.0'), name: '' } }, /pack.name/],
    ['a wrong type', { type: 'seen' }, /type must be "pack"/],
  ])('a lead\'s malformed pack document is refused: %s', async (_what, over, reason) => {
    const { _rev } = await get('pack:kaede');
    const res = await put('tanaka', { ...packDoc('tanaka', '2.0'), ...over, _rev });
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(reason);
  });

  test('only a lead withdraws a pack', async () => {
    expect(await del('sato', 'pack:kaede')).toBe(403);
    expect(await del('tanaka', 'pack:kaede')).toBe(200);
  });
});

describe('sightings (seen:<postId>)', () => {
  test('the first sighting is stored once; later sightings change nothing', async () => {
    expect((await put('sato', sighting('1001', 'sato'))).status).toBe(201);
    const later = await put('suzuki', sighting('1001', 'suzuki', { text: 'rewritten' }));
    expect([403, 409]).toContain(later.status);
    const { _rev } = await get('seen:1001');
    const update = await put('sato', { ...sighting('1001', 'sato', { text: 'rewritten' }), _rev });
    expect(update.status).toBe(403);
    expect(update.body.reason).toMatch(/already recorded \(by sato\)/);
    const stored = await get('seen:1001');
    expect(stored.text).toBe('カエデの洗濯機が止まった');
    expect(stored.operator).toBe('sato');
  });

  test.each([
    ['in a teammate\'s name', sighting('1002', 'suzuki'), /own name/],
    ['a post id that is not digits', { ...sighting('abc', 'sato') }, /postId/],
    ['an id naming another post', { ...sighting('1003', 'sato'), _id: 'seen:1004' }, /seen:<postId>/],
    ['a javascript: url', sighting('1005', 'sato', { url: 'javascript:alert(1)' }), /url/],
    ['text over the cap', sighting('1006', 'sato', { text: 'あ'.repeat(2001) }), /text/],
    ['a time in the future', sighting('1007', 'sato', { seenAt: Date.now() + 3_600_000 }), /seenAt/],
    ['an unknown category', sighting('1008', 'sato', { category: 'urgent' }), /category/],
    ['a priority out of range', sighting('1009', 'sato', { priority: 1e9 }), /priority/],
    ['an extra field', sighting('1010', 'sato', { html: '<b>' }), /unknown field html/],
    ['too many brands', sighting('1011', 'sato', { brands: Array.from({ length: 51 }, (_, i) => `b${i}`) }), /brands/],
    ['an author handle that is a path', sighting('1012', 'sato', { authorHandle: '../admin' }), /authorHandle/],
    ['a display name over the cap', sighting('1013', 'sato', { displayName: 'あ'.repeat(101) }), /displayName/],
    ['no language at all', sighting('1014', 'sato', { lang: undefined }), /lang/],
    ['no publishedAt at all', sighting('1015', 'sato', { publishedAt: undefined }), /publishedAt/],
  ])('a malformed sighting is refused: %s', async (_what, doc, reason) => {
    const res = await put('sato', doc);
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(reason);
  });

  test('retention: the writer or a lead deletes a sighting, a teammate cannot; the post may then be recorded again', async () => {
    expect((await put('sato', sighting('2001', 'sato'))).status).toBe(201);
    expect((await put('sato', sighting('2002', 'sato'))).status).toBe(201);
    expect(await del('suzuki', 'seen:2001')).toBe(403);
    expect(await del('sato', 'seen:2001')).toBe(200);
    expect(await del('tanaka', 'seen:2002')).toBe(200);
    expect((await put('suzuki', sighting('2001', 'suzuki'))).status).toBe(201);
  });
});

describe('search rounds (round:<searchKey>:<openedAt>:<operator>)', () => {
  test('written at opening in the writer\'s name; the writer raises its count; nothing else changes', async () => {
    const first = await put('sato', round('sato'));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const raised = await put('sato', { ...round('sato', { newPosts: 3 }), _rev: first.body.rev });
    expect(raised.status).toBe(201);
    const lowered = await put('sato', { ...round('sato', { newPosts: 1 }), _rev: raised.body.rev });
    expect(lowered.status).toBe(403);
    expect(lowered.body.reason).toMatch(/never goes down/);
    const requery = await put('sato', { ...round('sato', { newPosts: 4, query: 'other' }), _rev: raised.body.rev });
    expect(requery.status).toBe(403);
    const renamed = await put('sato', { ...round('sato', { newPosts: 4, name: 'other' }), _rev: raised.body.rev });
    expect(renamed.status).toBe(403);
    expect(renamed.body.reason).toMatch(/only raise its count/);
    expect(parseTeamDoc(await get(`round:k1a2:${OPENED}:sato`))).toMatchObject({ ok: true, doc: { newPosts: 3, operator: 'sato' } });
  });

  test.each([
    ['in a teammate\'s name', round('suzuki'), /own name/],
    ['an id that does not name its writer', { ...round('sato'), _id: `round:k1a2:${OPENED}:suzuki` }, /round:<searchKey>/],
    ['an opening time in the future', round('sato', { _id: `round:k1a2:${Date.now() + 3_600_000}:sato`, openedAt: Date.now() + 3_600_000 }), /openedAt/],
    ['a negative count', round('sato', { _id: `round:k1a2:${OPENED + 1}:sato`, openedAt: OPENED + 1, newPosts: -1 }), /newPosts/],
    ['a search key with capitals', round('sato', { _id: `round:K1:${OPENED}:sato`, searchKey: 'K1' }), /searchKey/],
    ['an empty query', round('sato', { _id: `round:k1a2:${OPENED + 2}:sato`, openedAt: OPENED + 2, query: '' }), /query/],
    ['a name that is not text', round('sato', { _id: `round:k1a2:${OPENED + 3}:sato`, openedAt: OPENED + 3, name: 42 }), /name/],
    ['a field nobody reads', round('sato', { _id: `round:k1a2:${OPENED + 4}:sato`, openedAt: OPENED + 4, html: '<b>' }), /unknown field html/],
  ])('a malformed round is refused: %s', async (_what, doc, reason) => {
    const res = await put('sato', doc);
    expect(res.status).toBe(403);
    expect(res.body.reason).toMatch(reason);
  });

  test('a teammate cannot delete someone\'s round; its writer or a lead can', async () => {
    expect(await del('suzuki', `round:k1a2:${OPENED}:sato`)).toBe(403);
    expect(await del('sato', `round:k1a2:${OPENED}:sato`)).toBe(200);
    expect((await put('suzuki', round('suzuki'))).status).toBe(201);
    expect(await del('tanaka', `round:k1a2:${OPENED}:suzuki`)).toBe(200);
  });
});

describe('the team database keeps its other rules', () => {
  test('handled records and design documents go by their own rules beside the team documents', async () => {
    const handled = toHandledDoc(handledRecord('3001', 'sato'));
    expect((await put('sato', handled)).status).toBe(201);
    expect((await put('sato', { ...handled, _id: 'handled:3002', postId: '3002', operator: 'suzuki' })).status).toBe(403);
    // A lead is no admin: the server or the rules refuse a design document from them.
    expect([401, 403]).toContain((await put('tanaka', { _id: '_design/evil', validate_doc_update: 'function(){}' })).status);
    expect((await put('sato', { _id: 'other:1', operator: 'sato' })).status).toBe(403);
  });

  test('a client refuses a document whose id does not match what it holds', () => {
    const doc = { ...sighting('4001', 'sato'), _id: 'seen:4002' };
    expect(parseTeamDoc(doc)).toMatchObject({ ok: false, problem: expect.stringMatching(/_id does not match/) });
    expect(parseTeamDoc(sighting('4001', 'sato'))).toMatchObject({ ok: true });
    expect(parseTeamDoc({ ...packDoc('tanaka', '1.0'), pack: pack('1.1') })).toMatchObject({ ok: false });
  });

  test("today's client pulls the handled records and leaves team documents alone, reporting none as malformed", async () => {
    const b = clientDb('team-docs');
    const changed = await pull('handled', { url: server.url, user: 'suzuki', password: USERS.suzuki }, DB, b);
    expect(changed).toContain('3001');
    expect(await readErrors(b)).toEqual([]);
  });

  test('teamChanges brings validated team documents and deletions in batches, resumes from its checkpoint, and skips a malformed one', async () => {
    const creds = { url: server.url, user: 'suzuki', password: USERS.suzuki };
    const all = [];
    for await (const batch of teamChanges(creds, DB)) all.push(batch);
    const docs = all.flatMap((b) => b.docs);
    expect(docs.map((d) => d._id)).toEqual(expect.arrayContaining(['seen:1001', 'seen:2001']));
    expect(docs.every((d) => d.type !== 'pack' && !d._id.startsWith('handled:'))).toBe(true);
    expect(all.flatMap((b) => b.deleted)).toEqual(expect.arrayContaining(['pack:kaede', 'seen:2002', `round:k1a2:${OPENED}:sato`]));
    // An admin bypasses the rules; the client still refuses what no rule would have let through.
    const adminHeaders = { Authorization: `Basic ${btoa(`${ADMIN.user}:${ADMIN.password}`)}`, 'Content-Type': 'application/json' };
    await fetch(`${server.url}/${DB}/seen:5001`, { method: 'PUT', headers: adminHeaders, body: JSON.stringify(sighting('5001', 'sato', { url: 'javascript:alert(1)' })) });
    expect((await put('sato', sighting('5002', 'sato'))).status).toBe(201);
    const next = [];
    for await (const batch of teamChanges(creds, DB, all.at(-1)!.lastSeq)) next.push(batch);
    expect(next.flatMap((b) => b.docs).map((d) => d._id)).toEqual(['seen:5002']);
    expect(next.flatMap((b) => b.refused)).toEqual([{ docId: 'seen:5001', problem: expect.stringMatching(/url/) }]);
  });
});
