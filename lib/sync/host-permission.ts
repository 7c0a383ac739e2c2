import { browser } from 'wxt/browser';
import { originPattern } from './config';

// The team server's host permission is optional and asked for when the operator saves or tests it
// (a click), never granted at install.
export async function requestHostPermission(url: string): Promise<boolean> {
  const origins = [originPattern(url)];
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    // Not available (tests) or refused outright: the server may still allow us through CORS.
    return false;
  }
}
