import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/contract/send';

// Claims expire after about two minutes (lib/sync/claims.ts); renewing well before keeps a long reply covered.
const RENEW_MS = 60_000;

/** Who else is replying to this post, or null when we hold it (or cannot tell); undefined while asking. */
export type ClaimState = { heldBy: { operator: string; operatorName: string } | null; expiresAt?: number } | undefined;

async function take(postId: string): Promise<NonNullable<ClaimState>> {
  const reply = await sendRequest({ type: 'claim/take', postId });
  // No answer, or a refusal: nobody else can be shown as holding it, and the operator is not blocked.
  return reply.ok ? { heldBy: reply.heldBy, expiresAt: reply.expiresAt } : { heldBy: null };
}

/**
 * Claims the post while the composer is open ("佐藤さんが返信中" for teammates) and releases it when
 * the composer closes. A claim held by someone else is reported, never taken over here.
 */
export function useClaim(postId: string): ClaimState {
  const [state, setState] = useState<ClaimState>(undefined);
  useEffect(() => {
    let alive = true;
    let held = false;
    const attempt = async () => {
      const result = await take(postId);
      held = result.heldBy === null;
      if (alive) setState(result);
    };
    void attempt();
    const timer = setInterval(() => void attempt(), RENEW_MS);
    return () => {
      alive = false;
      clearInterval(timer);
      if (held) void sendRequest({ type: 'claim/release', postId });
    };
  }, [postId]);
  return state;
}
