import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PostSummary } from '../../lib/contract/records';
import { teamPackErrors } from '../../lib/db/kv-items';
import { DEMO_PACK } from '../../lib/pack/store';
import type { Pack } from '../../lib/pack/schema';
import { publishPack } from '../../lib/sync/publish-pack';
import { pullTeam, pushRounds, pushSightings, startTeamSync } from '../../lib/sync/team-sync';
import { loadInbox } from '../../lib/team/load-inbox';
import { roundDoc } from '../../lib/team/search-rounds';
import { countRoundPosts, pruneTeamData, recordRound, recordSightings } from '../../lib/team/team-store';
import { clientDb, configFor } from '../sync-server/fixtures';
import { ADMIN, startSyncServer, type SyncServer } from '../sync-server/server';
import { setupTeam } from '../../lib/sync/setup';

// The team layer's sync against a real pouchdb-server: first sightings written once, a teammate's
// inbox, search rounds and their counts, packs from the lead applied or refused.

let server: SyncServer;
const TEAM = 'Momiji';
const DB = 'team_momiji';
const SATO = { name: 'sato', password: 'pw-sato' };
const SUZUKI = { name: 'suzuki', password: 'pw-suzuki' };
const LEAD = { name: 'tanaka', password: 'pw-tanaka' };
beforeAll(async () => {
  server = await startSyncServer();
  await setupTeam({ url: server.url, admin: ADMIN, team: TEAM, operators: [SATO, SUZUKI], leads: [LEAD], log: () => {} });
});
afterAll(() => server?.stop());

const post = (id: string, extra: Partial<PostSummary> = {}): PostSummary => ({
  postId: id,
  url: `https://x.com/kyaku/status/${id}`,
  authorHandle: 'kyaku',
  displayName: '客',
  text: 'ミドリ電機のアプリが落ちる',
  lang: 'ja',
  publishedAt: 1_780_000_000_000,
  category: 'complaint',
  priority: 80,
  brands: ['midori'],
  matches: [],
  ...extra,
});

describe('first sightings', () => {
  test("A's sighting reaches B's inbox; B's later sighting of the same post is dropped for A's", async () => {
    const a = clientDb('a');
    const b = clientDb('b');
    const cfgA = configFor(server.url, TEAM, SATO);
    const cfgB = configFor(server.url, TEAM, SUZUKI);
    await recordSightings(a, [post('1960000000000000001')], 'sato', null, 1_780_000_100_000);
    await pushSightings(cfgA, DB, a);
    expect((await a.sightings.get('1960000000000000001'))?.sync).toBe('synced');
    // B saw it too, before pulling: the server keeps A's, B keeps A's.
    await recordSightings(b, [post('1960000000000000001')], 'suzuki', null, 1_780_000_200_000);
    await pushSightings(cfgB, DB, b);
    const kept = await b.sightings.get('1960000000000000001');
    expect(kept).toMatchObject({ operator: 'sato', sync: 'remote', seenAt: 1_780_000_100_000 });
    await pullTeam(cfgB, DB, b);
    const inbox = await loadInbox(b, 1_780_000_300_000);
    expect(inbox.rows.map((r) => [r.postId, r.firstSeenBy])).toEqual([['1960000000000000001', 'sato']]);
  });

  test('deadlines are stored with each sighting; an overdue post comes first', async () => {
    const c = clientDb('c');
    const policy = { replyWithinMinutes: 60 };
    await recordSightings(c, [post('1960000000000000002', { priority: 10, publishedAt: 1_000 }), post('1960000000000000003', { priority: 90 })], 'sato', policy, 2_000);
    expect((await c.sightings.get('1960000000000000002'))?.deadline).toBe(1_000 + 3_600_000);
    expect(await c.sightings.where('deadline').below(5_000_000).count()).toBe(1);
    await pruneTeamData(c, 1, 2 * 86_400_000);
    expect(await c.sightings.count()).toBe(0);
  });
});

describe('the team loop', () => {
  test('a kick sends a new sighting at once instead of at the next turn, even one that comes while a turn runs', async () => {
    const a = clientDb('loop-a');
    const cfgA = configFor(server.url, TEAM, SATO);
    // Turns a minute apart: only a kick can make the sighting arrive within seconds.
    const loop = startTeamSync({ database: a, config: cfgA, intervalMs: 60_000 });
    try {
      await new Promise((r) => setTimeout(r, 1500));
      await recordSightings(a, [post('1960000000000000501')], 'sato', null, 1_780_000_100_000);
      loop.kick();
      // A second sighting kicked in the middle of whatever turn that kick started.
      await recordSightings(a, [post('1960000000000000502')], 'sato', null, 1_780_000_100_000);
      loop.kick();
      await expect.poll(async () => (await a.sightings.bulkGet(['1960000000000000501', '1960000000000000502'])).map((s) => s?.sync), { timeout: 5000 }).toEqual(['synced', 'synced']);
    } finally {
      loop.stop();
    }
  });
});

describe('search rounds', () => {
  test("a visit reaches a teammate, and the count of new brand posts it found follows", async () => {
    const a = clientDb('ra');
    const b = clientDb('rb');
    const cfgA = configFor(server.url, TEAM, SATO);
    const doc = roundDoc({ name: 'アプリ', query: 'ミドリ電機 アプリ' }, 'sato', 1_780_000_000_000);
    await recordRound(a, doc);
    await pushRounds(cfgA, DB, a);
    await countRoundPosts(a, doc.searchKey, 'sato', 3, 1_780_000_060_000);
    await pushRounds(cfgA, DB, a);
    expect(await a.rounds.get(doc._id)).toMatchObject({ newPosts: 3, sync: 'synced' });
    await pullTeam(configFor(server.url, TEAM, SUZUKI), DB, b);
    expect(await b.rounds.get(doc._id)).toMatchObject({ operator: 'sato', newPosts: 3, sync: 'remote' });
  });
});

describe('packs from the lead', () => {
  const pack = (version: string, extra: Partial<Pack> = {}): Pack => ({ ...DEMO_PACK, id: 'momiji', name: 'もみじ', packVersion: version, ...extra });

  test('a published pack is applied; a bad one is refused with an error and the previous one stays', async () => {
    const lead = configFor(server.url, TEAM, LEAD);
    const c = clientDb('p');
    await publishPack(lead, DB, pack('1.0'));
    await pullTeam(configFor(server.url, TEAM, SATO), DB, c);
    expect(await c.packs.get('momiji')).toMatchObject({ source: 'team', team: { packVersion: '1.0', publisher: 'tanaka' }, enabled: true });
    // Passes the server's envelope check, fails the client's full pack check (a brand without terms).
    await publishPack(lead, DB, { ...pack('1.1'), brands: [{ id: 'x', name: 'X' }] } as unknown as Pack);
    await pullTeam(configFor(server.url, TEAM, SATO), DB, c);
    expect((await c.packs.get('momiji'))?.team?.packVersion).toBe('1.0');
    const errors = await teamPackErrors.get(c);
    expect(errors[0]).toMatchObject({ packId: 'momiji', packVersion: '1.1', publisher: 'tanaka' });
    expect(errors[0]!.errors.join()).toMatch(/brands/);
    await publishPack(lead, DB, pack('1.2', { replyDeadline: { replyWithinMinutes: 30 } }));
    await pullTeam(configFor(server.url, TEAM, SATO), DB, c);
    expect((await c.packs.get('momiji'))?.team?.packVersion).toBe('1.2');
    expect(await teamPackErrors.get(c)).toEqual([]);
  });

  test("an operator's publish is refused by the server", async () => {
    await expect(publishPack(configFor(server.url, TEAM, SATO), DB, pack('9.9'))).rejects.toThrow(/lead|refused|forbidden/i);
  });
});
