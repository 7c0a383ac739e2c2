import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db/database';
import { lastSeenAt } from '@/lib/queue/seen-posts';
import { resolveQueueTab } from './queue-tab';

/**
 * The tab whose posts the queue shows (undefined while resolving, null when no x.com tab is open),
 * re-resolved when the operator switches, reloads or closes tabs, and when a tab reports its first
 * posts (an x.com tab opened after the panel).
 */
export function useQueueTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const tabsWithPosts = useLiveQuery(() => db.seenPosts.orderBy('tabIds').uniqueKeys(), [])?.join(',');
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      resolveQueueTab((id) => lastSeenAt(db, id))
        .then((id) => alive && setTabId(id))
        .catch(() => alive && setTabId(null));
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(refresh);
    browser.tabs.onRemoved.addListener(refresh);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(refresh);
      browser.tabs.onRemoved.removeListener(refresh);
    };
  }, [tabsWithPosts]);
  return tabId;
}
