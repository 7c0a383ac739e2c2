import { browser } from 'wxt/browser';
import { checkMarkupHealth } from '../../x/markup-health';
import type { Feature } from '../features';
import { OWN_HOST_ATTR } from '../observe-posts';

// The browser's own translation of the extension (public/_locales): the page carries none of it.
const t = (key: 'markupTitle' | 'markupBody' | 'markupDismiss') => browser.i18n.getMessage(key);
// X renders cells before their posts: only a state that lasts this long is reported.
const SETTLE_MS = 1500;

function createNotice(onDismiss: () => void): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(OWN_HOST_ATTR, 'markup-warning');
  const root = host.attachShadow({ mode: 'open' });
  // Styled by its parts from the content script's style sheet (style.css), as the chips are.
  root.innerHTML = '<div part="notice" role="alert"><strong part="title"></strong><span></span><br><button part="dismiss" type="button"></button></div>';
  root.querySelector('strong')!.textContent = t('markupTitle');
  root.querySelector('span')!.textContent = t('markupBody');
  const dismiss = root.querySelector('button')!;
  dismiss.textContent = t('markupDismiss');
  dismiss.addEventListener('click', onDismiss);
  return host;
}

/**
 * When X's markup stops matching (cells on screen, no post recognised), say so visibly instead of
 * silently highlighting nothing. Checked once the page has been quiet for a moment, not on every
 * mutation. A notice dismissed on one page may be needed again on the next: each page starts afresh.
 */
export const markupNotice: Feature = {
  name: 'markup-notice',
  init(signal, page) {
    let host: HTMLElement | null = null;
    let dismissed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    function check(): void {
      const broken = checkMarkupHealth(document).broken;
      if (broken && !dismissed && !host?.isConnected) document.body.appendChild((host = createNotice(hide)));
      if (!broken) host?.remove();
    }
    function hide(): void {
      dismissed = true;
      host?.remove();
    }
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    };
    page.onBatch(schedule, signal);
    schedule();
    signal.addEventListener('abort', () => (clearTimeout(timer), host?.remove()), { once: true });
  },
};
