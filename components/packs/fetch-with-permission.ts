import { requestHostPermission } from '@/lib/host-permission';
import { fetchText, type FetchTextResult } from '@/lib/pack/fetch-pack';

/**
 * Fetches a pack or prh file. A host that does not send CORS headers for the extension is reachable
 * once the operator grants that host (an optional permission): ask only then, and try once more.
 */
export async function fetchWithPermission(url: string): Promise<FetchTextResult> {
  const first = await fetchText(url);
  if (first.ok || !first.unreachable) return first;
  return (await requestHostPermission(url)) ? fetchText(url) : first;
}
