import './style.css';
import { X_MATCH_PATTERNS } from '@/lib/contract/x';
import { runFeatures } from '@/lib/content/features';

// Runs once the page is idle; observes X's client-side rendering from then on. Everything it starts
// is tied to `ctx` and dies with it.
export default defineContentScript({
  matches: X_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    runFeatures(ctx);
  },
});
