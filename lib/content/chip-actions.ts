import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '../messages/send';
import type { PostState } from '../messages/protocol';
import type { ChipAction } from './chip';
import type { LocalChipFlags } from './chip-view';
import type { PostRegistry } from './post-registry';
import type { StateStore } from './post-state';

// The background keeps an undo possible for 10 s; the button leaves a little earlier so a late click
// never meets a refusal.
const UNDO_MS = 8000;

export interface ChipActionDeps {
  ctx: ContentScriptContext;
  registry: PostRegistry;
  states: StateStore;
  flags: Map<string, LocalChipFlags>;
  repaint: (postIds: string[]) => void;
}

function withoutOperator(state: PostState | undefined, operator: string): PostState {
  return { handled: (state?.handled ?? []).filter((h) => h.operator !== operator), claim: state?.claim ?? null };
}

/** What the chip's buttons do: mark handled (default: replied), undo it, open the reply composer. */
export function createChipActions(deps: ChipActionDeps): (action: ChipAction, postId: string) => void {
  const { ctx, registry, states, flags, repaint } = deps;

  async function mark(postId: string): Promise<void> {
    const post = registry.summaryOf(postId);
    if (!post) return;
    const reply = await sendRequest({ type: 'handled/mark', post, action: 'replied' }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!reply.ok) {
      flags.set(postId, { undoUntil: 0, error: reply.error });
      return repaint([postId]);
    }
    const { operator, handledAt, action } = reply.record;
    const undoUntil = Date.now() + UNDO_MS;
    flags.set(postId, { undoUntil, error: null });
    const before = withoutOperator(states.get(postId), operator);
    states.set(postId, { ...before, handled: [...before.handled, { operator, handledAt, action }] });
    ctx.setTimeout(() => repaint([postId]), UNDO_MS + 50);
  }

  async function undo(postId: string): Promise<void> {
    const reply = await sendRequest({ type: 'handled/undo', postId }).catch(() => ({ ok: false }));
    flags.delete(postId);
    if (reply.ok) states.set(postId, withoutOperator(states.get(postId), states.operator()));
    else await states.fetch([postId]);
  }

  return (action, postId) => {
    if (action === 'mark') void mark(postId);
    else if (action === 'undo') void undo(postId);
    else void sendRequest({ type: 'composer/open', postId }).catch(() => {});
  };
}
