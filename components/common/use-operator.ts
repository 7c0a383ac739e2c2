import { useEffect, useState } from 'react';
import { operatorSettings, syncSettings, type OperatorSettings } from '@/lib/settings/settings';

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

/**
 * The names this operator goes by: the operator name, and the team-server user name that claims
 * are recorded under when sync is on. Only the user name is read, never the password.
 */
export function useMyNames(): string[] {
  const settings = useOperatorSettings();
  const [syncUser, setSyncUser] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    syncSettings.getValue().then((s) => alive && setSyncUser(s?.user ?? null));
    const unwatch = syncSettings.watch((s) => setSyncUser(s?.user ?? null));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return [settings?.operator, syncUser].filter((n): n is string => !!n);
}
