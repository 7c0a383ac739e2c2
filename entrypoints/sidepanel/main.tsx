import { createRoot } from 'react-dom/client';
import { currentLang } from '@/lib/i18n/make-t';
import { App } from './App';

// Without lang a browser may draw Japanese with Chinese glyph forms; screen readers pick their voice from it.
document.documentElement.lang = currentLang();

createRoot(document.getElementById('root')!).render(<App />);
