import { useEffect, useState } from 'react';
import { currentSyncConfig } from '@/lib/settings/operator';
import { syncSettings } from '@/lib/settings/settings';
import type { SyncConfig } from '@/lib/sync/config';

/** The validated sync settings, kept current; null when sync is off, undefined while loading. */
export function useSyncConfig(): SyncConfig | null | undefined {
  const [config, setConfig] = useState<SyncConfig | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const check = () => void currentSyncConfig().then((c) => alive && setConfig(c));
    check();
    const unwatch = syncSettings.watch(check);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return config;
}
