import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForPushes } from '@/lib/content/pushes';

const ctx = { onInvalidated: () => {} } as unknown as ContentScriptContext;

describe('pushes from the background to the content script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('acts on well-formed pushes and ignores malformed ones without throwing', async () => {
    const handlers = { specChanged: vi.fn(), stateChanged: vi.fn(), focus: vi.fn(() => true) };
    listenForPushes(ctx, handlers);
    const send = (m: unknown) => fakeBrowser.runtime.onMessage.trigger(m, {});
    await send({ type: 'push/state-changed', postIds: ['1', '2'] });
    await send({ type: 'push/state-changed', postIds: [1, { evil: true }] });
    await send({ type: 'push/state-changed' });
    await send({ type: 'push/focus', postId: 42 });
    await send({ type: 'push/spec-changed' });
    await send(null);
    expect(handlers.stateChanged).toHaveBeenCalledTimes(1);
    expect(handlers.stateChanged).toHaveBeenCalledWith(['1', '2']);
    expect(handlers.focus).not.toHaveBeenCalled();
    expect(handlers.specChanged).toHaveBeenCalledTimes(1);
  });
});
