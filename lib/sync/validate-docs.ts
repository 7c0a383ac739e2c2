import { CATEGORIES } from '../categories';
import { HANDLED_ACTIONS } from '../contract/records';

// validate_doc_update functions installed by sync-setup. Plain ES5 strings: CouchDB runs them in its
// own JavaScript engine, and they must not depend on how TypeScript compiles a function. They run on
// the server, so `Date.now()` in them is the server's clock: the one every member agrees on.

/** How far past the server's own time a claim may run. Clients ask for two minutes. */
export const CLAIM_MAX_AHEAD_MS = 5 * 60_000;

/** A post's address on X, as a regular expression literal for the rules (lib/contract/x.ts isXUrl, in ES5). */
export const X_POST_URL_ES5 = '/^https:\\/\\/(mobile\\.)?(x|twitter)\\.com\\//';

const WRITER = `
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw({ forbidden: 'sign in to write: anonymous writes are refused' });
  if (newDoc._id.indexOf('_design/') === 0) throw({ forbidden: 'only an admin may change design documents' });
  if (newDoc.operator !== userCtx.name) throw({ forbidden: 'write only in your own name (' + userCtx.name + ')' });
  function isPostId(v) { return typeof v === 'string' && /^[0-9]{1,25}$/.test(v); }
  function isMs(v) { return typeof v === 'number' && isFinite(v) && v >= 0 && Math.floor(v) === v; }
  function isText(v, max) { return typeof v === 'string' && v.length <= max; }
  function isTextList(v, maxItems, max) {
    if (Object.prototype.toString.call(v) !== '[object Array]' || v.length > maxItems) return false;
    for (var i = 0; i < v.length; i++) if (!isText(v[i], max)) return false;
    return true;
  }
  function need(ok, field, what) { if (!ok) throw({ forbidden: field + ' must be ' + what }); }`;

/**
 * Handled records: in your own name, by a signed-in member, created never updated (deleting your own
 * = undo); the post id is a post id and every field has the type clients require of it.
 */
export const VALIDATE_HANDLED = `function (newDoc, oldDoc, userCtx) {${WRITER}
  if (oldDoc && !oldDoc._deleted && oldDoc.operator !== userCtx.name) throw({ forbidden: 'this record belongs to ' + oldDoc.operator });
  if (newDoc._deleted) return;
  need(newDoc.type === 'handled', 'type', '"handled"');
  need(isPostId(newDoc.postId), 'postId', 'a post id (digits)');
  if (newDoc._id !== 'handled:' + newDoc.postId && newDoc._id !== 'handled:' + newDoc.postId + ':' + newDoc.operator) throw({ forbidden: 'the id must name the post' });
  if (oldDoc && !oldDoc._deleted) throw({ forbidden: 'handled records are created, never updated' });
  need(isMs(newDoc.handledAt), 'handledAt', 'a time in epoch milliseconds');
  // Every field a client requires of a pulled record (lib/contract/records.ts handledDocSchema) is
  // required here too: a record the server took but every teammate's client refuses would be lost.
  need(newDoc.publishedAt === null || isMs(newDoc.publishedAt), 'publishedAt', 'a time or null');
  need(isText(newDoc.url, 500) && ${X_POST_URL_ES5}.test(newDoc.url), 'url', 'a post on x.com');
  need(isText(newDoc.authorHandle, 50), 'authorHandle', 'text');
  need(${JSON.stringify(CATEGORIES)}.indexOf(newDoc.category) !== -1, 'category', 'one of ${CATEGORIES.join(', ')}');
  need(newDoc.confirmedCategory === undefined || ${JSON.stringify(CATEGORIES)}.indexOf(newDoc.confirmedCategory) !== -1, 'confirmedCategory', 'one of ${CATEGORIES.join(', ')}');
  need(${JSON.stringify(HANDLED_ACTIONS)}.indexOf(newDoc.action) !== -1, 'action', 'one of ${HANDLED_ACTIONS.join(', ')}');
  need(typeof newDoc.priority === 'number' && isFinite(newDoc.priority), 'priority', 'a number');
  need(isTextList(newDoc.brands, 50, 100), 'brands', 'a list of names');
  need(newDoc.terms === undefined || isTextList(newDoc.terms, 100, 100), 'terms', 'a list of terms');
  need(newDoc.replyText === undefined || isText(newDoc.replyText, 10000), 'replyText', 'text');
  need(newDoc.note === undefined || isText(newDoc.note, 10000), 'note', 'text');
  need(newDoc.operatorName === undefined || isText(newDoc.operatorName, 100), 'operatorName', 'text');
  need(newDoc.text === undefined || isText(newDoc.text, 10000), 'text', 'text');
  need(newDoc.overriddenChecks === undefined || isTextList(newDoc.overriddenChecks, 20, 40), 'overriddenChecks', 'a list of check codes');
}`;

/**
 * Claims: in your own name; nobody takes over a teammate's unexpired claim, and only the holder
 * releases (deletes) one. A claim runs at most CLAIM_MAX_AHEAD_MS past the server's time.
 */
export const VALIDATE_CLAIMS = `function (newDoc, oldDoc, userCtx) {${WRITER}
  var now = Date.now();
  var live = oldDoc && !oldDoc._deleted;
  if (newDoc._deleted) {
    if (live && oldDoc.operator !== userCtx.name) throw({ forbidden: 'only ' + oldDoc.operator + ' can release this claim' });
    return;
  }
  need(newDoc.type === 'claim', 'type', '"claim"');
  need(isPostId(newDoc.postId), 'postId', 'a post id (digits)');
  if (newDoc._id !== 'claim:' + newDoc.postId) throw({ forbidden: 'the id must name the post' });
  need(isMs(newDoc.expiresAt), 'expiresAt', 'a time in epoch milliseconds');
  need(newDoc.operatorName === undefined || isText(newDoc.operatorName, 100), 'operatorName', 'text');
  if (newDoc.expiresAt > now + ${CLAIM_MAX_AHEAD_MS}) throw({ forbidden: 'a claim may run at most ${CLAIM_MAX_AHEAD_MS / 60_000} minutes past the server time (' + new Date(now).toISOString() + ')' });
  if (live && oldDoc.operator !== userCtx.name && typeof oldDoc.expiresAt === 'number' && oldDoc.expiresAt > now) throw({ forbidden: oldDoc.operator + ' holds this claim until ' + new Date(oldDoc.expiresAt).toISOString() });
}`;
