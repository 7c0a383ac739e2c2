import { startAtLoad } from '@/components/queue/queue-read-at-load';

// A small script the side panel's page runs from its <head> (async: it holds nothing up), fetched
// beside the main chunk (about 520 KB). It starts the queue's first read (open the database, read the
// settings, then the rows) as soon as it arrives, while the main chunk is still arriving and then
// being evaluated; main.tsx takes the read over.
export default defineUnlistedScript(() => startAtLoad());
