import type { ClaimRecord, HandledRecord } from '../db/records';

// How local records look on the team server. Only what a teammate needs travels: never settings,
// never credentials, never the local sync state.

export const handledDocId = (postId: string) => `handled:${postId}`;
export const claimDocId = (postId: string) => `claim:${postId}`;

export function toHandledDoc(record: HandledRecord): Record<string, unknown> {
  const { sync: _sync, ...fields } = record;
  return { _id: handledDocId(record.postId), type: 'handled', ...fields };
}

export function toClaimDoc(claim: ClaimRecord): Record<string, unknown> {
  return { _id: claimDocId(claim.postId), type: 'claim', postId: claim.postId, operator: claim.operator, expiresAt: claim.expiresAt };
}
