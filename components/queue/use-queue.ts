import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { selectedPost, type Selection } from '@/lib/db/kv-items';
import { loadQueue, type Queue } from '@/lib/queue/seen-posts';
import { useNow } from '@/components/common/use-now';

/** The tab's waiting posts and their state, live: new posts appear as the operator scrolls, handled ones leave. */
export function useQueue(tabId: number | null | undefined): Queue | undefined {
  // Claims expire by the clock, not by a write: read again now and then.
  const now = useNow(15_000);
  return useLiveQuery(async () => (tabId == null ? { posts: [], states: {} } : loadQueue(db, tabId, now)), [tabId, now]);
}

export function useSelection(): Selection | null | undefined {
  return useLiveQuery(() => selectedPost.get(), []);
}

/** The selected post as it was seen. Handled posts are found too: the composer warns about them. */
export function useSelectedPost(selection: Selection | null | undefined) {
  return useLiveQuery(async () => (selection ? ((await db.seenPosts.get(selection.postId)) ?? null) : null), [selection?.postId]);
}
