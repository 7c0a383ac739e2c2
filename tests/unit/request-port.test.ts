import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '@/lib/background/define-handler';
import { route } from '@/lib/background/router';
import { acceptPortRequests, REQUEST_PORT, sendRequest } from '@/lib/contract/request-port';
import { FakePort, portPair } from './support/fake-port';

// The content script's requests go to the worker on one long-lived port. What the page must get: the
// answer to each of its requests (never another's), the same refusal a one-off message gets for a
// malformed one, and, when the worker stops, an answer that says none came, then a new port.

const TAB = { id: 7, url: 'https://x.com/home' } as Sender['tab'];

/** The worker's end, answering through `answer`; and the content script's runtime.connect, which reaches it from tab 7. */
function wire(answer: (message: unknown, sender: Sender) => Promise<unknown>) {
  let accept!: (port: FakePort) => void;
  acceptPortRequests(answer, { addListener: (l) => (accept = l as unknown as (port: FakePort) => void) });
  const pages: FakePort[] = [];
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((({ name }: { name: string }) => {
    const { near, far } = portPair(name, { tab: TAB, url: TAB!.url });
    pages.push(near);
    accept(far);
    return near;
  }) as never);
  return pages;
}

let pages: FakePort[] = [];

beforeEach(() => fakeBrowser.reset());
// The content script's port lives as long as its module: each test ends with it closed.
afterEach(() => {
  pages.at(-1)?.disconnect();
  vi.restoreAllMocks();
});

describe('the content script’s request port', () => {
  it('answers each request with its own answer, on one port, whatever order the worker answers in', async () => {
    const seen: { message: unknown; sender: Sender }[] = [];
    pages = wire(async (message, sender) => {
      seen.push({ message, sender });
      const { type, postIds } = message as { type: string; postIds?: string[] };
      // The first request is answered last.
      await new Promise((resolve) => setTimeout(resolve, postIds?.[0] === 'slow' ? 30 : 0));
      return { ok: true, echo: type, ids: postIds };
    });
    const [a, b, c] = await Promise.all([
      sendRequest({ type: 'posts/state', postIds: ['slow'] }),
      sendRequest({ type: 'posts/state', postIds: ['2'] }),
      sendRequest({ type: 'spec/get' }),
    ]);
    expect(a).toEqual({ ok: true, echo: 'posts/state', ids: ['slow'] });
    expect(b).toEqual({ ok: true, echo: 'posts/state', ids: ['2'] });
    expect(c).toEqual({ ok: true, echo: 'spec/get' });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.name).toBe(REQUEST_PORT);
    // The worker knows which tab asked, as with a one-off message.
    expect(seen.map((s) => s.sender.tab?.id)).toEqual([7, 7, 7]);
  });

  it('refuses a malformed request or an unknown type over the port as over a one-off message', async () => {
    pages = wire(route);
    const reply = await sendRequest({ type: 'posts/seen', posts: 'not a list' } as never);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid posts\/seen: posts: /) });
    expect(reply).toEqual(await route({ type: 'posts/seen', posts: 'not a list' }, { tab: TAB }));
    expect(await sendRequest({ type: 'no/such' } as never)).toEqual({ ok: false, error: 'unknown message type: no/such' });
  });

  it('says no answer came when the worker stops before answering, and opens a new port for the next request', async () => {
    let answered = 0;
    pages = wire(async (message) => {
      if ((message as { type: string }).type === 'spec/get') return new Promise(() => {});
      answered++;
      return { ok: true };
    });
    const lost = sendRequest({ type: 'spec/get' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    pages[0]!.disconnect();
    expect(await lost).toEqual({ ok: false, error: 'no answer from the background', unanswered: true });
    expect(await sendRequest({ type: 'sync/retry' })).toEqual({ ok: true });
    expect(pages).toHaveLength(2);
    expect(answered).toBe(1);
  });

  it('answers with an error, and throws nothing on the page, when the extension was reloaded under it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(await sendRequest({ type: 'spec/get' })).toEqual({ ok: false, error: 'Error: Extension context invalidated.', unanswered: true });
    // Reloaded back: the next request opens a port.
    pages = wire(async () => ({ ok: true }));
    expect(await sendRequest({ type: 'sync/retry' })).toEqual({ ok: true });
  });

  it('drops a message without a number (no one could be answered) and goes on answering', async () => {
    const answer = vi.fn(async () => ({ ok: true }));
    pages = wire(answer);
    expect(await sendRequest({ type: 'sync/retry' })).toEqual({ ok: true });
    const replies: unknown[] = [];
    pages[0]!.onMessage.addListener((m) => replies.push(m));
    pages[0]!.postMessage({ request: { type: 'sync/retry' } });
    pages[0]!.postMessage(null);
    expect(await sendRequest({ type: 'sync/retry' })).toEqual({ ok: true });
    expect(answer).toHaveBeenCalledTimes(2);
    expect(replies).toEqual([{ id: expect.any(Number), reply: { ok: true } }]);
  });
});
