import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` so that ages like 「3分前」 stay true while the panel is open. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
