import { setDocumentLang } from '@/lib/i18n/document-lang';
import { createRoot } from 'react-dom/client';
import { App } from './App';

setDocumentLang();
createRoot(document.getElementById('root')!).render(<App />);
