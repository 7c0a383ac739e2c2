import { DATABASE_NAME, openAsIs } from '@/lib/db/open-as-is';

// The panel's entry (main.tsx) imports this module first, and it imports nothing heavy, so the bundle
// evaluates it before React, Dexie, zod and the views: the database opens (a round trip to the
// browser, slow while the machine is busy) while the rest of the panel's script is evaluated. The
// queue's first read (start-queue-read.ts) is then made on this connection.
export const openedAtLoad = openAsIs(DATABASE_NAME);
