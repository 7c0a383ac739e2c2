import type { KizukiDatabase } from '../db/database';
import { packUpdates, type PackUpdate } from '../db/kv-items';
import { canonicalJson } from './canonical';
import { fetchText } from './fetch-pack';
import { parsePack } from './validate';

// Following a pack imported from a URL, without a team server: the URL is checked again on a schedule
// with a conditional request (ETag / Last-Modified), so an unchanged file costs a 304. Something new
// is checked like an import and waits, with its changes, for the operator to apply it: never applied
// behind their back.

export async function setFollow(db: KizukiDatabase, packId: string, on: boolean): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    const stored = await db.packs.get(packId);
    if (!stored) return;
    const { follow: _old, ...rest } = stored;
    await db.packs.put(on ? { ...rest, follow: { url: stored.source } } : rest);
  });
}

/** Checks every followed pack once; returns how many have an update waiting. */
export async function checkFollowedPacks(db: KizukiDatabase, fetchImpl: typeof fetch = fetch, now = Date.now()): Promise<number> {
  const followed = (await db.packs.toArray()).filter((p) => p.follow);
  const found: PackUpdate[] = [];
  for (const stored of followed) {
    const follow = stored.follow!;
    const got = await fetchText(follow.url, { fetchImpl, since: { etag: follow.etag, lastModified: follow.lastModified } });
    const validators = got.ok ? { ...(got.etag ? { etag: got.etag } : {}), ...(got.lastModified ? { lastModified: got.lastModified } : {}) } : {};
    await db.packs.update(stored.id, { follow: { ...follow, checkedAt: now } });
    if (!got.ok) {
      if (!got.notModified) found.push({ packId: stored.id, url: follow.url, at: now, error: got.error });
      continue;
    }
    const parsed = parsePack(got.text);
    if (!parsed.ok) found.push({ packId: stored.id, url: follow.url, at: now, error: parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; '), ...validators });
    else if (parsed.pack.id !== stored.id) found.push({ packId: stored.id, url: follow.url, at: now, error: `the URL now serves pack "${parsed.pack.id}"` });
    // The same content under a new ETag (a re-deploy) is not an update.
    else if (canonicalJson(parsed.pack) === canonicalJson(stored.pack)) await db.packs.update(stored.id, { follow: { ...follow, ...validators, checkedAt: now } });
    else found.push({ packId: stored.id, url: follow.url, at: now, pack: parsed.pack, ...validators });
  }
  const checked = new Set(followed.map((p) => p.id));
  await packUpdates.update(db, (old) => [...found, ...old.filter((u) => !checked.has(u.packId))]);
  return found.filter((u) => u.pack).length;
}

/** The operator looked at an update: applied or dismissed, the URL's validators are kept so it is not offered again. */
export async function settleUpdate(db: KizukiDatabase, update: PackUpdate, apply: boolean, now = Date.now()): Promise<boolean> {
  const parsed = apply ? parsePack(update.pack) : null;
  if (apply && !parsed?.ok) return false;
  await db.transaction('rw', db.packs, db.kv, async () => {
    const stored = await db.packs.get(update.packId);
    if (stored) {
      const follow = { url: update.url, ...(update.etag ? { etag: update.etag } : {}), ...(update.lastModified ? { lastModified: update.lastModified } : {}), checkedAt: now };
      await db.packs.put(parsed?.ok ? { ...stored, pack: parsed.pack, importedAt: now, follow } : { ...stored, follow });
    }
    await packUpdates.update(db, (old) => old.filter((u) => u.packId !== update.packId));
  });
  return true;
}
