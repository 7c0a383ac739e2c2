// First import: the queue's first read has started (from the page's <head> script, or else from this
// import, before React and the views are even evaluated).
import { takeStartedAtLoad } from '@/components/queue/queue-read-at-load';
import { startedReadAnswered, startQueueRead } from '@/components/queue/start-queue-read';
import { noteReactStarted } from '@/components/queue/first-screen';
import { setDocumentLang } from '@/lib/i18n/document-lang';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/**
 * How long the first render waits for the queue's start-up read. It has usually answered by the time
 * this chunk is evaluated; a slower read (a busy machine, a large queue) shows the panel's frame with
 * 「読み込み中」 first, as before.
 */
const FIRST_READ_WAIT_MS = 150;

// Before React renders: the queue takes that read over. React's first render waits for the read's
// answer, so the first screen it commits holds the queue's rows: one render and one layout of the
// whole panel instead of a frame rendered and laid out first, then everything again with the rows.
startQueueRead(takeStartedAtLoad());
setDocumentLang();
// The page's start-up script has usually drawn that first screen already, from the same read
// (first-screen.ts): React's first commit replaces it with the same elements.
void startedReadAnswered(FIRST_READ_WAIT_MS).then(() => {
  noteReactStarted();
  createRoot(document.getElementById('root')!).render(<App />);
});
