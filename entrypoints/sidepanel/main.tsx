// First import: the queue's first read has started (from the page's <head> script, or else from this
// import, before React and the views are even evaluated).
import { takeStartedAtLoad } from '@/components/queue/queue-read-at-load';
import { startQueueRead } from '@/components/queue/start-queue-read';
import { setDocumentLang } from '@/lib/i18n/document-lang';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Before React renders: the queue takes that read over.
startQueueRead(takeStartedAtLoad());
setDocumentLang();
createRoot(document.getElementById('root')!).render(<App />);
