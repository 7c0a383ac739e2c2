import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fetchWithPermission } from '@/components/packs/fetch-with-permission';

const PACK = '{"format":"kizuki.pack"}';
const ok = () => new Response(PACK, { status: 200, headers: { 'content-type': 'application/json' } });

function grant(granted: boolean) {
  vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
  return vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);
}

describe('fetching a pack from a host without CORS', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks for that host only when the request fails, then tries again', async () => {
    const request = grant(true);
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(ok());
    const got = await fetchWithPermission('https://intranet.example/packs/acme.json');
    expect(got).toMatchObject({ ok: true, text: PACK });
    expect(request).toHaveBeenCalledWith({ origins: ['https://intranet.example/*'] });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not ask when the host answers (CORS allowed), nor for an HTTP error', async () => {
    const request = grant(true);
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(ok()).mockResolvedValueOnce(new Response('', { status: 404 }));
    expect((await fetchWithPermission('https://raw.example/acme.json')).ok).toBe(true);
    expect(await fetchWithPermission('https://raw.example/missing.json')).toMatchObject({ ok: false });
    expect(request).not.toHaveBeenCalled();
  });

  it('keeps the network error when the operator refuses the permission', async () => {
    grant(false);
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const got = await fetchWithPermission('https://intranet.example/acme.json');
    expect(got).toMatchObject({ ok: false, unreachable: true });
  });
});
