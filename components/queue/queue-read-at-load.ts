import { startQueueRead } from './start-queue-read';

// Imported first by the panel's entry (main.tsx), so the bundle evaluates this right after the
// database and settings modules it needs, and the queue's read (opening IndexedDB first of all) runs
// while the rest of the panel's script (React, the views) is still being evaluated. Called from the
// entry's own body instead, it would start only after every module of the first chunk has run.
startQueueRead();
