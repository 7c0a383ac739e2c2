import { useEffect, useState } from 'react';
import { operatorSettings, type OperatorSettings } from '@/lib/settings/settings';

/** The operator's settings, kept current when they are changed in the settings tab (or another panel). */
export function useOperatorSettings(): OperatorSettings | null {
  const [settings, setSettings] = useState<OperatorSettings | null>(null);
  useEffect(() => {
    let alive = true;
    operatorSettings.getValue().then((value) => alive && setSettings(value));
    const unwatch = operatorSettings.watch((value) => setSettings(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
