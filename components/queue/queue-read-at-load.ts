import { DATABASE_NAME, openAsIs } from '@/lib/db/open-as-is';
import { readOperatorSettingsNow, type OperatorSettings } from '@/lib/settings/settings';

// The panel's entry (main.tsx) imports this module first, and it imports nothing heavy, so the bundle
// evaluates it before React, Dexie, zod and the views: the database opens and the settings (the
// queue's window) are read, each a round trip to the browser that is slow while the machine is busy,
// while the rest of the panel's script is evaluated. The queue's first read (start-queue-read.ts)
// is then made on this connection with these settings.
export interface AskedAtLoad {
  opened: Promise<IDBDatabase | undefined>;
  settings: Promise<Partial<OperatorSettings> | undefined>;
}

export const askedAtLoad: AskedAtLoad = { opened: openAsIs(DATABASE_NAME), settings: readOperatorSettingsNow() };
