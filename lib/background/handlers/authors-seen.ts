import { db } from '../../db/database';
import { AUTHOR_IDS_LIMIT, authorIds } from '../../db/kv-items';
import { defineHandler } from '../define-handler';

/** Remembers which user id a handle has, the oldest forgotten first: a shift must not grow it. */
export default defineHandler('authors/seen', async (req) => {
  await authorIds.update(db, (known) => {
    const next = { ...known };
    for (const { handle, userId } of req.authors) {
      delete next[handle];
      next[handle] = userId;
    }
    const keys = Object.keys(next);
    for (const old of keys.slice(0, Math.max(0, keys.length - AUTHOR_IDS_LIMIT))) delete next[old];
    return next;
  });
  return { ok: true };
});
