import { describe, expect, it, test } from 'vitest';
import { insecureUrlProblem, isSecureUrl } from '@/lib/secure-url';
import { syncConfigSchema } from '@/lib/sync/config';
import { couch, SyncFailure } from '@/lib/sync/couch';
import { fetchText } from '@/lib/pack/fetch-pack';
import { importPrh } from '@/lib/prh/import-prh';

// Passwords and packs travel only over https; plain http is for this machine (tests, a local CouchDB).
describe('https required except on this machine', () => {
  it.each([
    ['https://couch.example.com', true],
    ['http://localhost:5984', true],
    ['http://127.0.0.1:5984/db', true],
    ['http://[::1]:5984', true],
    ['http://couch.example.com', false],
    ['http://127.0.0.2', false],
    ['http://localhost.evil.example', false],
    ['ftp://localhost', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isSecureUrl(url)).toBe(ok));

  it('sync settings with a plain-http server elsewhere are refused, with the reason', () => {
    const r = syncConfigSchema.safeParse({ url: 'http://couch.example.com', team: 't', user: 'u', password: 'p' });
    expect(r.success ? '' : r.error.issues[0]!.message).toMatch(/https is required/);
    expect(syncConfigSchema.safeParse({ url: 'http://127.0.0.1:5984', team: 't', user: 'u', password: 'p' }).success).toBe(true);
  });

  it('the sync client never sends the password to a plain-http server (settings saved before the rule)', async () => {
    const err = await couch({ url: 'http://couch.example.com', user: 'u', password: 'secret' }, '_session').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SyncFailure);
    expect((err as SyncFailure).message).toMatch(/https is required/);
    expect((err as SyncFailure).retryable).toBe(false);
  });

  it('a pack URL over plain http is refused before any request, and so is a redirect to one', async () => {
    let called = 0;
    const fetchImpl = (async () => {
      called++;
      const res = new Response('{}', { status: 200 });
      Object.defineProperty(res, 'url', { value: 'http://evil.example/pack.json' });
      return res;
    }) as unknown as typeof fetch;
    const direct = await fetchText('http://intra.example/pack.json', { lang: 'en', fetchImpl });
    expect(direct).toEqual({ ok: false, error: 'https is required (plain http only for localhost, 127.0.0.1 or [::1]): http://intra.example/pack.json' });
    expect(called).toBe(0);
    const redirected = await fetchText('https://intra.example/pack.json', { lang: 'en', fetchImpl });
    expect(redirected.ok ? '' : redirected.error).toMatch(/https is required.*http:\/\/evil\.example/);
  });

  it('a prh dictionary by URL over plain http is refused, naming the file', async () => {
    const r = await importPrh('http://intra.example/dict.yml', async (ref) => {
      const got = await fetchText(ref, { lang: 'en' });
      if (!got.ok) throw new Error(got.error);
      return got.text;
    }, { lang: 'en' });
    expect(r.ok ? '' : r.errors[0]).toMatch(/^Could not read http:\/\/intra\.example\/dict\.yml: https is required/);
  });
});

test('the refusal says what is wrong with the URL', () => {
  expect(insecureUrlProblem('https://couch.example.com')).toBeNull();
  expect(insecureUrlProblem('http://[::1]:5984')).toBeNull();
  expect(insecureUrlProblem('http://couch.example.com')).toMatch(/not https/);
  expect(insecureUrlProblem('http://127.0.0.1.evil.example')).toMatch(/not https/);
  expect(insecureUrlProblem('ftp://localhost')).toMatch(/not https/);
  expect(insecureUrlProblem('couch.example.com')).toMatch(/not a URL/);
});
