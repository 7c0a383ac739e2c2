import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toHandledDoc } from '../../lib/contract/records';
import { CLAIM_MAX_AHEAD_MS, VALIDATE_HANDLED } from '../../lib/sync/validate-docs';
import { run } from '../../cli/commands/sync-setup';
import { ADMIN, startTeamServer, type SyncServer } from '../sync-server/server';
import { handled, OPERATORS } from '../sync-server/fixtures';

// The team's rules live on the server (validate_doc_update), so each is tried as a hostile teammate
// or a stranger would, against a real pouchdb-server set up by the same code as `kizuki sync-setup`.

let server: SyncServer;
let team: string;
let claims: string;
const [sato, suzuki] = OPERATORS as [(typeof OPERATORS)[0], (typeof OPERATORS)[0]];

beforeAll(async () => {
  ({ server, team, claims } = await startTeamServer('Rules', OPERATORS));
});
afterAll(() => server?.stop());

type Who = { name: string; password: string } | null;
const headers = (who: Who) => ({
  'Content-Type': 'application/json',
  ...(who ? { Authorization: `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${who.name}:${who.password}`)))}` } : {}),
});
async function put(who: Who, db: string, doc: Record<string, unknown>) {
  const res = await fetch(`${server.url}/${db}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers: headers(who), body: JSON.stringify(doc) });
  const body = (await res.json()) as { rev?: string; reason?: string };
  return { status: res.status, rev: body.rev, reason: body.reason ?? '' };
}
const claim = (postId: string, operator: string, expiresAt: number, rev?: string) => ({ _id: `claim:${postId}`, type: 'claim', postId, operator, expiresAt, ...(rev ? { _rev: rev } : {}) });

describe('claims on the server', () => {
  test("nobody takes over a teammate's unexpired claim; an expired one may be taken", async () => {
    const first = await put(sato, claims, claim('9001', 'sato', Date.now() + 120_000));
    expect(first.status).toBe(201);
    const takeover = await put(suzuki, claims, claim('9001', 'suzuki', Date.now() + 120_000, first.rev));
    expect(takeover.status).toBe(403);
    expect(takeover.reason).toMatch(/sato holds this claim until/);

    const stale = await put(sato, claims, claim('9002', 'sato', Date.now() - 1_000));
    expect((await put(suzuki, claims, claim('9002', 'suzuki', Date.now() + 120_000, stale.rev))).status).toBe(201);
  });

  test("a claim cannot run past the server's time plus a few minutes", async () => {
    const days = await put(sato, claims, claim('9010', 'sato', Date.now() + 3 * 86_400_000));
    expect(days.status).toBe(403);
    expect(days.reason).toMatch(/at most 5 minutes past the server time/);
    expect((await put(sato, claims, claim('9011', 'sato', Date.now() + CLAIM_MAX_AHEAD_MS - 10_000))).status).toBe(201);
  });

  test('only the holder releases a claim', async () => {
    const held = await put(sato, claims, claim('9020', 'sato', Date.now() + 120_000));
    const byOther = await put(suzuki, claims, { _id: 'claim:9020', _rev: held.rev, _deleted: true, operator: 'suzuki' });
    expect(byOther.status).toBe(403);
    expect(byOther.reason).toMatch(/only sato can release/);
    const anonymous = await fetch(`${server.url}/${claims}/claim:9020?rev=${held.rev}`, { method: 'DELETE' });
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect((await put(sato, claims, { _id: 'claim:9020', _rev: held.rev, _deleted: true, operator: 'sato' })).status).toBeLessThan(300);
  });

  test('claims need a post id and a numeric expiry', async () => {
    expect((await put(sato, claims, claim('../x', 'sato', Date.now()))).status).toBe(403);
    expect((await put(sato, claims, { ...claim('9030', 'sato', 0), expiresAt: 'soon' })).status).toBe(403);
  });

  // What a teammate's client requires of a pulled claim (claimDocSchema): the server takes nothing less.
  test.each([
    ['in a teammate\'s name', { operator: 'suzuki' }, /own name/],
    ['with an id naming another post', { _id: 'claim:9042' }, /the id must name the post/],
    ['with a wrong type', { type: 'handled' }, /type/],
    ['with a display name as an object', { operatorName: { first: '佐藤' } }, /operatorName/],
    ['with a display name over 100 characters', { operatorName: 'あ'.repeat(101) }, /operatorName/],
  ])('a claim %s is refused', async (_what, over, reason) => {
    const r = await put(sato, claims, { ...claim('9041', 'sato', Date.now() + 60_000), operatorName: '佐藤', ...over });
    expect(r.status).toBe(403);
    expect(r.reason).toMatch(reason);
  });
});

describe('handled records on the server', () => {
  const doc = (postId: string, extra: Record<string, unknown> = {}) => ({ ...toHandledDoc(handled(postId, 'sato')), ...extra });
  let fresh = 9300;

  test('a well-formed record by its author is accepted, with every optional field or none', async () => {
    expect((await put(sato, team, doc('9100'))).status).toBe(201);
    const full = { confirmedCategory: 'question', operatorName: '佐藤', terms: ['壊れた'], overriddenChecks: ['ng-word'], note: 'メモ', text: '本文', publishedAt: null };
    expect((await put(sato, team, doc('9103', full))).status).toBe(201);
  });

  test("only the author undoes (deletes) a record; nobody updates it", async () => {
    const mine = await put(sato, team, doc('9104'));
    expect(mine.status).toBe(201);
    const byTeammate = await put(suzuki, team, { ...doc('9104'), _rev: mine.rev, operator: 'suzuki', _deleted: true });
    expect(byTeammate.status).toBe(403);
    expect(byTeammate.reason).toMatch(/belongs to sato/);
    const update = await put(sato, team, { ...doc('9104', { action: 'liked' }), _rev: mine.rev });
    expect(update.status).toBe(403);
    expect(update.reason).toMatch(/never updated/);
    expect((await put(sato, team, { ...doc('9104'), _rev: mine.rev, _deleted: true })).status).toBeLessThan(300);
  });

  test.each([
    ['a post id that is not digits', { _id: 'handled:abc', postId: 'abc' }, /postId must be a post id/],
    ['a post id that is a URL', { _id: 'handled:https://evil.example/1', postId: 'https://evil.example/1' }, /postId/],
    ['handledAt as text', { handledAt: 'today' }, /handledAt/],
    ['brands as one string', { brands: 'midori' }, /brands/],
    ['priority as text', { priority: 'high' }, /priority/],
    ['reply text as an object', { replyText: { html: '<b>' } }, /replyText/],
    ['publishedAt negative', { publishedAt: -5 }, /publishedAt/],
    ['a wrong type', { type: 'claim' }, /type/],
    ['an id naming another post', { postId: '9101', _id: 'handled:9102' }, /the id must name the post/],
    ['a second record filed under a teammate', { postId: '9101', _id: 'handled:9101:suzuki' }, /the id must name the post/],
    // What every teammate's client requires of a pulled record (handledDocSchema): the server takes nothing less.
    ['no url', { url: undefined }, /url must be a post on x.com/],
    ['a javascript: url', { url: 'javascript:alert(1)' }, /url/],
    ['no author handle', { authorHandle: undefined }, /authorHandle/],
    ['a category that does not exist', { category: 'urgent' }, /category must be one of/],
    ['an action that does not exist', { action: 'hacked' }, /action must be one of/],
    ['no publishedAt at all', { publishedAt: undefined }, /publishedAt/],
    ['no brands', { brands: undefined }, /brands/],
    ['a confirmed category that does not exist', { confirmedCategory: 'spam' }, /confirmedCategory/],
    ['a display name as an object', { operatorName: { first: 'x' } }, /operatorName/],
    ['a display name over 100 characters', { operatorName: 'あ'.repeat(101) }, /operatorName/],
    ['overridden checks as one string', { overriddenChecks: 'ng-word' }, /overriddenChecks/],
    ['more than 20 overridden checks', { overriddenChecks: Array.from({ length: 21 }, (_, i) => `c${i}`) }, /overriddenChecks/],
    ['terms that are not text', { terms: [1, 2] }, /terms/],
  ])('%s is refused', async (_, extra, reason) => {
    // A post of its own for each case: one wrongly accepted must not make the next fail for another reason.
    const postId = String(fresh++);
    const r = await put(sato, team, doc(postId, { _id: `handled:${postId}`, ...extra }));
    expect(r.status).toBe(403);
    expect(r.reason).toMatch(reason);
  });

  test('an anonymous write is refused even where the database itself would let anyone in', async () => {
    // A database without members is public in CouchDB: the rule must stand on its own there.
    const admin = { name: ADMIN.user, password: ADMIN.password };
    const open = 'rules_public';
    await fetch(`${server.url}/${open}`, { method: 'PUT', headers: headers(admin) });
    await put(admin, open, { _id: '_design/kizuki', validate_doc_update: VALIDATE_HANDLED });
    const r = await put(null, open, { ...doc('9200'), operator: null });
    expect(r.status).toBe(403);
    expect(r.reason).toMatch(/anonymous/);
  });
});

describe('sync-setup refuses a team without members', () => {
  test('no --operator on a new team: refused, nothing created', async () => {
    const err: string[] = [];
    const io = { stdin: process.stdin, stdout: () => {}, stderr: (l: string) => err.push(l) };
    expect(await run(['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Nobody'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/without members/);
    const res = await fetch(`${server.url}/team_nobody`, { headers: headers({ name: ADMIN.user, password: ADMIN.password }) });
    expect(res.status).toBe(404);
  });

  test('no --operator on a team that has members: allowed (nothing to change)', async () => {
    const io = { stdin: process.stdin, stdout: () => {}, stderr: () => {} };
    expect(await run(['--url', server.url, '--admin', `${ADMIN.user}:${ADMIN.password}`, '--team', 'Rules'], io)).toBe(0);
  });
});
