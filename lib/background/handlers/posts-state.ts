import { defineHandler } from '../define-handler';
import { db } from '../../db/database';
import { operatorSettings } from '../../settings/settings';
import { getPostStates } from '../../handled/post-states';
import { postsStateSchema } from '../../handled/schemas';

// The chips of every visible post ask together: one bulk read, never one query per post.
export default defineHandler('posts/state', postsStateSchema, async (req) => {
  const [states, settings] = await Promise.all([getPostStates(db, req.postIds, Date.now()), operatorSettings.getValue()]);
  return { states, operator: settings.operator };
});
