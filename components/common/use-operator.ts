import { useEffect, useState } from 'react';
import { resolveOperator, type Operator } from '@/lib/settings/operator';
import { operatorSettings, syncSettings, type OperatorSettings } from '@/lib/settings/settings';

/** A storage item's value, kept current when it changes (in the settings tab or another panel). */
function useItem<T>(item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void }): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    item.getValue().then((v) => alive && setValue(() => v));
    const unwatch = item.watch((v) => setValue(() => v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}

/** The operator's settings; null while loading. */
export function useOperatorSettings(): OperatorSettings | null {
  return useItem(operatorSettings) ?? null;
}

/** Who the operator is (lib/settings/operator.ts resolveOperator); null while loading or not set up. */
export function useOperator(): Operator | null {
  const settings = useItem(operatorSettings);
  const sync = useItem(syncSettings);
  if (!settings || sync === undefined) return null;
  return resolveOperator(settings.operator, sync);
}
