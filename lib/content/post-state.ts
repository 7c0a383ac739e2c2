import { sendRequest } from '../messages/send';
import type { PostState } from '../messages/protocol';

const NOBODY: PostState = { handled: [], claim: null };
const MAX_IDS = 500;

/**
 * Handled/claimed state of the posts on screen, read from the background in ONE posts/state request
 * per batch (never one per post) and refreshed when the background pushes a change.
 */
export function createStateStore(onUpdate: (postIds: string[]) => void) {
  const states = new Map<string, PostState>();
  let operator = '';

  async function fetch(postIds: string[]): Promise<void> {
    const all = [...new Set(postIds)];
    // One request per batch; only a page re-read after new packs can exceed what one request may carry.
    for (let i = 0; i < all.length; i += MAX_IDS) await fetchSome(all.slice(i, i + MAX_IDS));
  }

  async function fetchSome(ids: string[]): Promise<void> {
    const reply = await sendRequest({ type: 'posts/state', postIds: ids }).catch(() => null);
    // Until the handled log answers (or if it refuses), posts simply show no state.
    if (!reply || !('states' in reply)) return;
    operator = reply.operator;
    for (const id of ids) states.set(id, reply.states[id] ?? NOBODY);
    onUpdate(ids);
  }

  return {
    fetch,
    get: (postId: string) => states.get(postId),
    known: (postId: string) => states.has(postId),
    set(postId: string, state: PostState): void {
      states.set(postId, state);
      onUpdate([postId]);
    },
    operator: () => operator,
  };
}
export type StateStore = ReturnType<typeof createStateStore>;
