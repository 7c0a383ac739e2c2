import { CATEGORIES } from '../categories';
import { TEAM_DOC_LIMITS as L } from './team-docs';

// The server's rules for team documents (pack:, seen:, round:, correction:), as a validate_doc_update in plain ES5:
// CouchDB runs it in its own JavaScript engine (no arrow functions, no let, no Number.isInteger).
// composeTeamValidate() puts these rules and the handled-record rules into the team database's one
// function, dispatching on the id's prefix, so neither set has to know the other's documents.
//
// Who may delete what (retention): the writer of a sighting, round or correction may delete it, as each client
// clears its own records past the retention period; a lead may delete any, to clear what a member
// who left the team wrote. Nobody else: deleting a teammate's sighting would hide a post from the
// inbox. Packs: only leads write or withdraw them.

const CATEGORY_LIST = JSON.stringify(CATEGORIES);

export const VALIDATE_TEAM_DOCS = `function (newDoc, oldDoc, userCtx) {
  function deny(reason) { throw({ forbidden: reason }); }
  function isInt(v) { return typeof v === 'number' && isFinite(v) && v % 1 === 0; }
  function isStr(v, max) { return typeof v === 'string' && v.length <= max; }
  function onlyKeys(doc, allowed) {
    for (var k in doc) if (doc.hasOwnProperty(k) && k.charAt(0) !== '_' && allowed.indexOf(k) === -1) deny('unknown field ' + k);
  }
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  var isLead = roles.indexOf('lead') !== -1;
  var now = Date.now();
  var live = oldDoc && !oldDoc._deleted;
  var kind = newDoc._id.split(':')[0];

  if (kind === 'pack') {
    if (!isLead) deny('only a team lead may publish packs (' + userCtx.name + ' is not a lead)');
    if (newDoc._deleted) return;
    onlyKeys(newDoc, ['type', 'packId', 'pack', 'packVersion', 'publisher', 'publishedAt']);
    if (newDoc.type !== 'pack') deny('type must be "pack"');
    if (newDoc.publisher !== userCtx.name) deny('publish only in your own name (' + userCtx.name + ')');
    if (typeof newDoc.packId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(newDoc.packId)) deny('packId: letters, digits, ".", "_" or "-"');
    if (newDoc._id !== 'pack:' + newDoc.packId) deny('the id must be pack:<packId>');
    var p = newDoc.pack;
    if (!p || typeof p !== 'object' || Array.isArray(p)) deny('pack must be a pack object');
    if (p.format !== 'kizuki.pack') deny('pack.format must be "kizuki.pack"');
    if (p.version !== 1) deny('pack.version ' + JSON.stringify(p.version) + ' is not a known pack format version (1)');
    if (p.id !== newDoc.packId) deny('pack.id must equal packId');
    if (typeof p.name !== 'string' || p.name.length === 0) deny('pack.name is required');
    if (!Array.isArray(p.brands) || p.brands.length === 0) deny('pack.brands must list at least one brand');
    if (typeof newDoc.packVersion !== 'string' || newDoc.packVersion.length === 0 || newDoc.packVersion.length > ${L.packVersion}) deny('packVersion: 1 to ${L.packVersion} characters');
    if (p.packVersion !== newDoc.packVersion) deny('packVersion must equal pack.packVersion');
    if (!isInt(newDoc.publishedAt) || Math.abs(newDoc.publishedAt - now) > ${L.publishWindowMs}) deny('publishedAt must be the time of publishing (server clock)');
    if (JSON.stringify(p).length > ${L.packChars}) deny('the pack is larger than ${L.packChars} characters');
    if (live && oldDoc.packVersion === newDoc.packVersion) deny('version ' + newDoc.packVersion + ' is already published; raise packVersion to publish a change');
    return;
  }

  if (kind === 'seen' || kind === 'round' || kind === 'correction') {
    if (newDoc._deleted) {
      if (live && oldDoc.operator !== userCtx.name && !isLead) deny('only ' + oldDoc.operator + ' or a lead may delete this');
      return;
    }
    if (newDoc.operator !== userCtx.name) deny('write only in your own name (' + userCtx.name + ')');
  }

  if (kind === 'seen') {
    if (live) deny('the first sighting of this post is already recorded (by ' + oldDoc.operator + ')');
    onlyKeys(newDoc, ['type', 'postId', 'operator', 'seenAt', 'url', 'authorHandle', 'displayName', 'text', 'lang', 'publishedAt', 'category', 'priority', 'brands']);
    if (newDoc.type !== 'seen') deny('type must be "seen"');
    if (typeof newDoc.postId !== 'string' || !/^[0-9]{1,25}$/.test(newDoc.postId)) deny('postId must be digits');
    if (newDoc._id !== 'seen:' + newDoc.postId) deny('the id must be seen:<postId>');
    if (!isInt(newDoc.seenAt) || newDoc.seenAt < 0 || newDoc.seenAt > now + ${L.clockSkewMs}) deny('seenAt must be a time not in the future (server clock)');
    if (!isStr(newDoc.url, ${L.url}) || !/^https:\\/\\/(mobile\\.)?(x|twitter)\\.com\\//.test(newDoc.url)) deny('url must be a post on x.com');
    if (typeof newDoc.authorHandle !== 'string' || !/^[A-Za-z0-9_]{0,50}$/.test(newDoc.authorHandle)) deny('authorHandle: an X handle');
    if (!isStr(newDoc.displayName, ${L.displayName})) deny('displayName: at most ${L.displayName} characters');
    if (!isStr(newDoc.text, ${L.sightingText})) deny('text: at most ${L.sightingText} characters');
    if (newDoc.lang !== null && !isStr(newDoc.lang, 16)) deny('lang: a language tag or null');
    if (newDoc.publishedAt !== null && (!isInt(newDoc.publishedAt) || newDoc.publishedAt < 0)) deny('publishedAt: a time or null');
    if (${CATEGORY_LIST}.indexOf(newDoc.category) === -1) deny('category: one of ${CATEGORIES.join(', ')}');
    if (typeof newDoc.priority !== 'number' || !(newDoc.priority >= 0 && newDoc.priority <= 100)) deny('priority: 0 to 100');
    if (!Array.isArray(newDoc.brands) || newDoc.brands.length > ${L.brands}) deny('brands: at most ${L.brands}');
    for (var i = 0; i < newDoc.brands.length; i++) if (!isStr(newDoc.brands[i], ${L.brandLength})) deny('brands: names of at most ${L.brandLength} characters');
    return;
  }

  if (kind === 'round') {
    onlyKeys(newDoc, ['type', 'searchKey', 'query', 'name', 'operator', 'openedAt', 'newPosts']);
    if (newDoc.type !== 'round') deny('type must be "round"');
    if (typeof newDoc.searchKey !== 'string' || !/^[0-9a-z]{1,${L.searchKey}}$/.test(newDoc.searchKey)) deny('searchKey: lowercase letters and digits');
    if (!isInt(newDoc.openedAt) || newDoc.openedAt < 0 || newDoc.openedAt > now + ${L.clockSkewMs}) deny('openedAt must be a time not in the future (server clock)');
    if (newDoc._id !== 'round:' + newDoc.searchKey + ':' + newDoc.openedAt + ':' + newDoc.operator) deny('the id must be round:<searchKey>:<openedAt>:<operator>');
    if (!isStr(newDoc.query, ${L.query}) || newDoc.query.length === 0) deny('query: 1 to ${L.query} characters');
    if (newDoc.name !== undefined && !isStr(newDoc.name, ${L.searchName})) deny('name: at most ${L.searchName} characters');
    if (!isInt(newDoc.newPosts) || newDoc.newPosts < 0 || newDoc.newPosts > ${L.roundNewPosts}) deny('newPosts: a count');
    if (live && (oldDoc.query !== newDoc.query || oldDoc.name !== newDoc.name)) deny('a round may only raise its count of new posts');
    if (live && newDoc.newPosts < oldDoc.newPosts) deny('the count of new posts never goes down');
    return;
  }
  if (kind === 'correction') {
    if (live) deny('this correction is already recorded; withdraw it (delete) to correct again');
    onlyKeys(newDoc, ['type', 'postId', 'operator', 'operatorName', 'category', 'previousCategory', 'text', 'brands', 'correctedAt']);
    if (newDoc.type !== 'correction') deny('type must be "correction"');
    if (typeof newDoc.postId !== 'string' || !/^[0-9]{1,25}$/.test(newDoc.postId)) deny('postId must be digits');
    if (newDoc._id !== 'correction:' + newDoc.postId + ':' + newDoc.operator) deny('the id must be correction:<postId>:<operator>');
    if (newDoc.operatorName !== undefined && !isStr(newDoc.operatorName, ${L.displayName})) deny('operatorName: at most ${L.displayName} characters');
    if (${CATEGORY_LIST}.indexOf(newDoc.category) === -1) deny('category: one of ${CATEGORIES.join(', ')}');
    if (${CATEGORY_LIST}.indexOf(newDoc.previousCategory) === -1) deny('previousCategory: one of ${CATEGORIES.join(', ')}');
    if (!isStr(newDoc.text, ${L.sightingText})) deny('text: at most ${L.sightingText} characters');
    if (!Array.isArray(newDoc.brands) || newDoc.brands.length > ${L.brands}) deny('brands: at most ${L.brands}');
    for (var j = 0; j < newDoc.brands.length; j++) if (!isStr(newDoc.brands[j], ${L.brandLength})) deny('brands: names of at most ${L.brandLength} characters');
    if (!isInt(newDoc.correctedAt) || newDoc.correctedAt < 0 || newDoc.correctedAt > now + ${L.clockSkewMs}) deny('correctedAt must be a time not in the future (server clock)');
    return;
  }
  deny('unknown team document ' + newDoc._id);
}`;

/** The team database's validate_doc_update: team documents by these rules, everything else by `handled`. */
export function composeTeamValidate(handled: string): string {
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var teamDocs = ${VALIDATE_TEAM_DOCS};
  var handled = ${handled};
  if (/^(pack|seen|round|correction):/.test(newDoc._id)) return teamDocs(newDoc, oldDoc, userCtx, secObj);
  return handled(newDoc, oldDoc, userCtx, secObj);
}`;
}
