import { currentLang, makeT, type Lang } from '../i18n/make-t';
import { PACK_LIMITS } from './limits';
import { fetchMessages } from './fetch-messages';
import { isSecureUrl } from '../secure-url';

// Downloads a pack (or a prh file) from a URL — the team's intranet, a raw file in a repository.
// It only fetches text; validation is the caller's (parsePack / prh import), so nothing is stored here.

/** `unreachable`: the request itself failed (offline, DNS, or a server without CORS for us). */
export type FetchTextResult =
  | { ok: true; text: string; url: string; etag?: string; lastModified?: string }
  | { ok: false; error: string; unreachable?: true; notModified?: true };

/** A conditional request: the validators of the copy already held (a followed pack). */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export async function fetchText(
  url: string,
  { lang = currentLang(), maxBytes = PACK_LIMITS.fileBytes, fetchImpl = fetch, since }: { lang?: Lang; maxBytes?: number; fetchImpl?: typeof fetch; since?: Validators } = {},
): Promise<FetchTextResult> {
  const t = makeT(fetchMessages, lang);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: t('badUrl', { url }) };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: t('badUrl', { url }) };
  // A pack or dictionary over plain http can be rewritten by anyone on the network.
  if (!isSecureUrl(parsed)) return { ok: false, error: t('insecure', { url }) };
  let res: Response;
  try {
    const headers: Record<string, string> = {};
    if (since?.etag) headers['If-None-Match'] = since.etag;
    if (since?.lastModified) headers['If-Modified-Since'] = since.lastModified;
    res = await fetchImpl(parsed.href, { credentials: 'omit', redirect: 'follow', headers, ...(since ? { cache: 'no-cache' as const } : {}) });
  } catch (e) {
    return { ok: false, error: t('network', { url, detail: (e as Error).message }), unreachable: true };
  }
  // …nor a redirect to plain http.
  if (res.url && !isSecureUrl(res.url)) return { ok: false, error: t('insecure', { url: res.url }) };
  if (res.status === 304 && since) return { ok: false, error: 'not modified', notModified: true };
  if (!res.ok) return { ok: false, error: t('status', { url, status: res.status }) };
  const type = res.headers.get('content-type') ?? '';
  if (/html/i.test(type)) return { ok: false, error: t('html', { url }) };
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, error: t('tooLarge', { url, limit: maxBytes }) };
  const text = await readLimited(res, maxBytes);
  if (text === null) return { ok: false, error: t('tooLarge', { url, limit: maxBytes }) };
  // A login page or an error page served as text/plain still looks like HTML.
  if (/^\s*(<!doctype html|<html)/i.test(text)) return { ok: false, error: t('html', { url }) };
  const etag = res.headers.get('etag') ?? undefined;
  const lastModified = res.headers.get('last-modified') ?? undefined;
  return { ok: true, text, url: res.url || parsed.href, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Reads the body but stops past maxBytes, so a huge response cannot fill the panel's memory. */
async function readLimited(res: Response, maxBytes: number): Promise<string | null> {
  if (!res.body) return (await res.text()).length > maxBytes ? null : res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
