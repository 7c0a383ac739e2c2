import { sendRequest } from '../messages/send';
import type { PostState } from '../messages/protocol';

const NOBODY: PostState = { handled: [], claim: null };

/**
 * Handled/claimed state of the posts on screen, read from the background in ONE posts/state request
 * per batch (never one per post) and refreshed when the background pushes a change.
 */
export function createStateStore(onUpdate: (postIds: string[]) => void) {
  const states = new Map<string, PostState>();
  let operator = '';

  async function fetch(postIds: string[]): Promise<void> {
    const ids = [...new Set(postIds)];
    if (ids.length === 0) return;
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
