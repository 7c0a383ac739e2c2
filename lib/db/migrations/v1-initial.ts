import type { Migration } from './migration';

// Version 1 as released: the first schema. Never edit it; change the schema with a new step.
export const v1: Migration = {
  version: 1,
  stores: {
    handled: '[postId+operator], postId, operator, handledAt, category, action',
    claims: 'postId, expiresAt',
    seen: '[tabId+postId], tabId, postId, priority',
    packs: 'id, order',
    outbox: '++id, nextAttemptAt',
    kv: 'key',
  },
};
