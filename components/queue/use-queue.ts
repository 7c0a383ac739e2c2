import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import type { SeenPost } from '@/lib/db/records';
import { useNow } from '@/components/common/use-now';
import { loadClaims, loadQueue } from './queue-query';
import { readSelection, type Selection } from './selected-post';

/** The tab's waiting posts, live: new posts appear as the operator scrolls, handled ones leave. */
export function useQueue(tabId: number | null | undefined): SeenPost[] | undefined {
  return useLiveQuery(async () => (tabId == null ? [] : loadQueue(tabId)), [tabId]);
}

/** Teammates' live claims on the queued posts (the operator's own claim is not news to them). */
export function useClaims(posts: SeenPost[] | undefined, myNames: readonly string[]): Map<string, string> {
  const now = useNow(15_000);
  const ids = (posts ?? []).map((p) => p.postId);
  const claims = useLiveQuery(() => loadClaims(ids, now), [ids.join(','), now]);
  const others = new Map(claims);
  for (const [postId, operator] of others) if (myNames.includes(operator)) others.delete(postId);
  return others;
}

export function useSelection(): Selection | null | undefined {
  return useLiveQuery(readSelection, []);
}

/**
 * The selected post as it was seen: in the tab the selection names, else in the queue's tab, else
 * wherever it was seen last. Handled posts are found too: the composer warns about them.
 */
export function useSelectedPost(selection: Selection | null | undefined, queueTab: number | null | undefined) {
  return useLiveQuery(async () => {
    if (!selection) return null;
    const copies = await db.seen.where('postId').equals(selection.postId).toArray();
    const inTab = (tab: number | null | undefined) => copies.find((p) => tab != null && p.tabId === tab);
    return inTab(selection.tabId) ?? inTab(queueTab) ?? copies.sort((a, b) => b.seenAt - a.seenAt)[0] ?? null;
  }, [selection?.postId, selection?.tabId, queueTab]);
}
