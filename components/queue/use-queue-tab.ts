import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveQueueTab } from './queue-tab';

/**
 * The x.com tab the operator works in (undefined while resolving, null when none is open),
 * re-resolved when the operator switches, reloads, opens or closes tabs.
 */
export function useQueueTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      resolveQueueTab()
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
  }, []);
  return tabId;
}
