import { describe, expect, test } from 'vitest';
import { packUpdates } from '../../lib/db/kv-items';
import { checkFollowedPacks, setFollow, settleUpdate } from '../../lib/pack/follow';
import { DEMO_PACK } from '../../lib/pack/store';
import { clientDb } from '../sync-server/fixtures';

// Following a pack's URL: conditional requests, nothing applied until the operator says so.

const URL = 'https://packs.example.com/midori.kizuki-pack.json';

/** A file server that honours If-None-Match, serving whatever `body` holds now. */
function fileServer() {
  const state = { body: JSON.stringify({ ...DEMO_PACK, packVersion: '1.0' }), etag: '"v1"', requests: [] as (string | null)[] };
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    const sent = new Headers(init?.headers).get('If-None-Match');
    state.requests.push(sent);
    if (sent === state.etag) return new Response(null, { status: 304 });
    return new Response(state.body, { status: 200, headers: { 'content-type': 'application/json', etag: state.etag } });
  }) as typeof fetch;
  return { state, fetchImpl };
}

describe('following a pack URL', () => {
  test('unchanged = a 304; a change waits with its content until applied; a bad file is an error and changes nothing', async () => {
    const db = clientDb('follow');
    await db.packs.put({ id: DEMO_PACK.id, pack: { ...DEMO_PACK, packVersion: '1.0' }, enabled: true, order: 0, importedAt: 1, source: URL });
    await setFollow(db, DEMO_PACK.id, true);
    const { state, fetchImpl } = fileServer();
    // First check: same content under an ETag → remembered, nothing offered.
    expect(await checkFollowedPacks(db, fetchImpl, 10)).toBe(0);
    expect((await db.packs.get(DEMO_PACK.id))?.follow?.etag).toBe('"v1"');
    expect(await checkFollowedPacks(db, fetchImpl, 20)).toBe(0);
    expect(state.requests.at(-1)).toBe('"v1"');
    // The lead changes the file: offered, not applied.
    const brand = DEMO_PACK.brands[0]!;
    state.body = JSON.stringify({ ...DEMO_PACK, packVersion: '1.1', brands: [{ ...brand, terms: [...brand.terms, 'ミドリモバイル'] }] });
    state.etag = '"v2"';
    expect(await checkFollowedPacks(db, fetchImpl, 30)).toBe(1);
    expect((await db.packs.get(DEMO_PACK.id))?.pack.packVersion).toBe('1.0');
    const [update] = await packUpdates.get(db);
    expect(await settleUpdate(db, update!, true, 40)).toBe(true);
    expect((await db.packs.get(DEMO_PACK.id))?.pack.packVersion).toBe('1.1');
    expect(await packUpdates.get(db)).toEqual([]);
    expect(await checkFollowedPacks(db, fetchImpl, 50)).toBe(0);
    // A broken file: an error to show, the pack as it was.
    state.body = '{"format":"kizuki.pack","version":1,';
    state.etag = '"v3"';
    await checkFollowedPacks(db, fetchImpl, 60);
    expect((await packUpdates.get(db))[0]?.error).toBeTruthy();
    expect((await db.packs.get(DEMO_PACK.id))?.pack.packVersion).toBe('1.1');
  });
});
