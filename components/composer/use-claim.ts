import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messages/send';

// Claims expire after about two minutes (GUIDE §4); renewing well before keeps a long reply covered.
const RENEW_MS = 60_000;

/** Who else is replying to this post, or null when we hold it; undefined while asking. */
export type ClaimState = { heldBy: string | null; expiresAt?: number } | undefined;

async function take(postId: string): Promise<{ heldBy: string | null; expiresAt?: number }> {
  try {
    const reply = await sendRequest({ type: 'claim/take', postId });
    if (reply.ok) return { heldBy: null };
    // ok:false without heldBy means no sync handler answered: nobody else can be holding it.
    return 'heldBy' in reply && reply.heldBy ? { heldBy: reply.heldBy, expiresAt: reply.expiresAt } : { heldBy: null };
  } catch {
    return { heldBy: null };
  }
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
      if (held) sendRequest({ type: 'claim/release', postId }).catch(() => undefined);
    };
  }, [postId]);
  return state;
}
