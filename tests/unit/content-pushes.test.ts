import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onPush } from '@/lib/content/pushes';

describe('pushes from the background to the content script', () => {
  beforeEach(() => fakeBrowser.reset());

  it('acts on well-formed pushes of its kind, ignores malformed ones without throwing, and stops with its signal', async () => {
    const life = new AbortController();
    const state = vi.fn();
    const focus = vi.fn(() => ({ ok: true }));
    const spec = vi.fn();
    onPush('push/state-changed', state, life.signal);
    onPush('push/focus', focus, life.signal);
    onPush('push/spec-changed', spec, life.signal);
    const send = (m: unknown) => fakeBrowser.runtime.onMessage.trigger(m, {});
    await send({ type: 'push/state-changed', postIds: ['1', '2'] });
    await send({ type: 'push/state-changed', postIds: [1, { evil: true }] });
    await send({ type: 'push/state-changed' });
    await send({ type: 'push/focus', postId: 42 });
    await send({ type: 'push/spec-changed' });
    await send(null);
    expect(state).toHaveBeenCalledExactlyOnceWith({ type: 'push/state-changed', postIds: ['1', '2'] });
    expect(focus).not.toHaveBeenCalled();
    expect(spec).toHaveBeenCalledTimes(1);
    life.abort();
    await send({ type: 'push/spec-changed' });
    expect(spec).toHaveBeenCalledTimes(1);
  });
});
