import { describe, expect, it } from 'vitest';
import { fetchText } from '@/lib/pack/fetch-pack';

// Real Response objects from a fake fetch: what an intranet server or a repository host could answer.
const serve = (body: BodyInit | null, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;
const url = 'https://intra.example/packs/acme.json';

describe('fetching a pack from a URL', () => {
  it('returns the text of a 2xx JSON answer', async () => {
    const r = await fetchText(url, { fetchImpl: serve('{"format":"kizuki.pack"}', { headers: { 'content-type': 'application/json' } }) });
    expect(r).toMatchObject({ ok: true, text: '{"format":"kizuki.pack"}' });
  });

  it('refuses a non-2xx answer, naming the status', async () => {
    const r = await fetchText(url, { lang: 'en', fetchImpl: serve('missing', { status: 404 }) });
    expect(r.ok ? '' : r.error).toContain('404');
  });

  it('refuses HTML by content type (a login page, a repository page instead of the raw file)', async () => {
    const r = await fetchText(url, { lang: 'ja', fetchImpl: serve('<html></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }) });
    expect(r.ok ? '' : r.error).toContain('HTML');
  });

  it('refuses HTML served as plain text', async () => {
    const r = await fetchText(url, { lang: 'en', fetchImpl: serve('\n<!DOCTYPE html><p>Sign in', { headers: { 'content-type': 'text/plain' } }) });
    expect(r.ok ? '' : r.error).toContain('HTML');
  });

  it('stops reading past the size limit even without a content-length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const r = await fetchText(url, { lang: 'en', maxBytes: 1_000_000, fetchImpl: serve(endless) });
    expect(r.ok ? '' : r.error).toContain('larger than 1000000 bytes');
    expect(pulled).toBeLessThan(40);
  });

  it('refuses a network failure and a non-http address with a clear message', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchText(url, { lang: 'en', fetchImpl: failing })).toEqual({ ok: false, error: `Could not download ${url}: Failed to fetch. The server must be reachable and allow cross-origin requests (CORS).`, unreachable: true });
    expect((await fetchText('file:///etc/passwd', { lang: 'en' })).ok).toBe(false);
  });
});
