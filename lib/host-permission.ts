import { browser } from 'wxt/browser';
import { originPattern } from './sync/config';

// Hosts beyond x.com (the team's sync server, a pack's URL) are optional permissions, asked for when
// the operator acts on them (a click), never granted at install.
//
// Firefox accepts permissions.request() only while it is handling that click: nothing may be awaited
// before the call, so there is no contains() check first. Asking for what is already granted resolves
// true without a prompt in both browsers; where the request cannot be made (no click, tests), what is
// already granted still counts.
export async function requestHostPermission(url: string, extra: { data_collection?: string[] } = {}): Promise<boolean> {
  let origins: string[];
  try {
    origins = [originPattern(url)];
  } catch {
    return false; // not a URL: the caller's own validation says so
  }
  try {
    return await browser.permissions.request({ origins, ...extra } as { origins: string[] });
  } catch {
    // Not available, no user gesture, or refused outright: the server may still allow us through CORS.
    return browser.permissions.contains({ origins }).catch(() => false);
  }
}

/**
 * The sync server's permission. In Firefox it also asks, in the same prompt, for the data the team
 * server receives (declared optional in the manifest's data_collection_permissions); Chrome's
 * manifest declares none, so there it is the host alone.
 */
export function requestSyncPermission(url: string): Promise<boolean> {
  const manifest = browser.runtime.getManifest() as {
    browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: string[] } } };
  };
  const dataCollection = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional;
  return requestHostPermission(url, dataCollection?.length ? { data_collection: dataCollection } : {});
}
