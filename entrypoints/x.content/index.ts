import './style.css';
import { startKizuki } from '@/lib/content/start';

// x.com only (twitter.com redirects there). Runs once the page is idle; observes X's client-side
// rendering from then on. Everything it starts is tied to `ctx` and dies with it.
export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startKizuki(ctx);
  },
});
