import { useEffect, useState } from 'react';
import { currentSyncConfig, resolveOperator, type Operator } from '@/lib/settings/operator';
import { operatorSettings, syncSettings, type OperatorSettings } from '@/lib/settings/settings';
import type { SyncConfig } from '@/lib/sync/config';

/**
 * What `read` returns, read again whenever `item` changes (in the settings tab or another panel);
 * undefined until the first read. `read` must be stable (a module-level function).
 */
function useStored<T>(item: { watch(cb: () => void): () => void }, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const check = () => void read().then((v) => alive && setValue(() => v));
    check();
    const unwatch = item.watch(check);
    return () => {
      alive = false;
      unwatch();
    };
  }, [item, read]);
  return value;
}

const readOperatorSettings = () => operatorSettings.getValue();
const readSyncSettings = () => syncSettings.getValue();

/** The operator's settings; null while loading. */
export function useOperatorSettings(): OperatorSettings | null {
  return useStored(operatorSettings, readOperatorSettings) ?? null;
}

/** Who the operator is (lib/settings/operator.ts resolveOperator); null while loading or not set up. */
export function useOperator(): Operator | null {
  const settings = useStored(operatorSettings, readOperatorSettings);
  const sync = useStored(syncSettings, readSyncSettings);
  if (!settings || sync === undefined) return null;
  return resolveOperator(settings.operator, sync);
}

/** The validated sync settings, kept current; null when sync is off, undefined while loading. */
export function useSyncConfig(): SyncConfig | null | undefined {
  return useStored(syncSettings, currentSyncConfig);
}
