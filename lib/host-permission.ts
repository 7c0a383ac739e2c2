import { browser } from 'wxt/browser';
import { originPattern } from './sync/config';

// Hosts beyond x.com (the team's sync server, a pack's URL) are optional permissions, asked for when
// the operator acts on them (a click), never granted at install.
export async function requestHostPermission(url: string): Promise<boolean> {
  let origins: string[];
  try {
    origins = [originPattern(url)];
  } catch {
    return false; // not a URL: the caller's own validation says so
  }
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    // Not available (tests) or refused outright: the server may still allow us through CORS.
    return false;
  }
}
