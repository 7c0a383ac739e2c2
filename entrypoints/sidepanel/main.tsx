// First import: starts the queue's read before React and the views are even evaluated.
import '@/components/queue/queue-read-at-load';
import { setDocumentLang } from '@/lib/i18n/document-lang';
import { createRoot } from 'react-dom/client';
import { App } from './App';

setDocumentLang();
createRoot(document.getElementById('root')!).render(<App />);
