// First import: the database starts opening, and the settings are asked for, before React and the views are even evaluated.
import { askedAtLoad } from '@/components/queue/queue-read-at-load';
import { startQueueRead } from '@/components/queue/start-queue-read';
import { setDocumentLang } from '@/lib/i18n/document-lang';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Before React renders: the queue's rows are read while the first screen is built.
startQueueRead(askedAtLoad);
setDocumentLang();
createRoot(document.getElementById('root')!).render(<App />);
