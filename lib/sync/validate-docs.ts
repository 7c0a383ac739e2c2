// validate_doc_update functions installed by sync-setup. Plain ES5 strings: CouchDB runs them in its
// own JavaScript engine, and they must not depend on how TypeScript compiles a function.

const ADMIN_AND_DESIGN = `
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (newDoc._id.indexOf('_design/') === 0) throw({ forbidden: 'only an admin may change design documents' });
  if (newDoc.operator !== userCtx.name) throw({ forbidden: 'write only in your own name (' + userCtx.name + ')' });`;

/** Handled records: in your own name, created never updated (deleting your own = undo). */
export const VALIDATE_HANDLED = `function (newDoc, oldDoc, userCtx) {${ADMIN_AND_DESIGN}
  if (oldDoc && !oldDoc._deleted && oldDoc.operator !== userCtx.name) throw({ forbidden: 'this record belongs to ' + oldDoc.operator });
  if (newDoc._deleted) return;
  if (newDoc._id !== 'handled:' + newDoc.postId && newDoc._id !== 'handled:' + newDoc.postId + ':' + newDoc.operator) throw({ forbidden: 'the id must name the post' });
  if (oldDoc && !oldDoc._deleted) throw({ forbidden: 'handled records are created, never updated' });
}`;

/** Claims: in your own name; only the holder releases (deletes) one. Expired ones may be taken over. */
export const VALIDATE_CLAIMS = `function (newDoc, oldDoc, userCtx) {${ADMIN_AND_DESIGN}
  if (newDoc._deleted && oldDoc && !oldDoc._deleted && oldDoc.operator !== userCtx.name) throw({ forbidden: 'only ' + oldDoc.operator + ' can release this claim' });
  if (!newDoc._deleted && newDoc._id !== 'claim:' + newDoc.postId) throw({ forbidden: 'the id must name the post' });
}`;
