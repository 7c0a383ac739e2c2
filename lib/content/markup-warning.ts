import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { makeT } from '../i18n/make-t';
import { checkMarkupHealth } from '../x/markup-health';
import { messages } from './messages';
import { OWN_HOST_ATTR } from './observe-posts';

const t = makeT(messages);
// X renders cells before their posts: only a state that lasts this long is reported.
const SETTLE_MS = 1500;

const CSS = `.n{position:fixed;z-index:2147483647;top:12px;left:50%;transform:translateX(-50%);max-width:520px;padding:12px 16px;border-radius:12px;background:#b00020;color:#fff;box-shadow:0 4px 16px #0006;font:14px/1.5 system-ui,sans-serif}
strong{display:block}button{margin-top:8px;font:inherit;color:#b00020;background:#fff;border:0;border-radius:99px;padding:2px 12px;cursor:pointer}`;

function createNotice(onDismiss: () => void): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(OWN_HOST_ATTR, 'markup-warning');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${CSS}</style><div class="n" role="alert"><strong></strong><span></span><br><button type="button"></button></div>`;
  root.querySelector('strong')!.textContent = t('markupTitle');
  root.querySelector('span')!.textContent = t('markupBody');
  const dismiss = root.querySelector('button')!;
  dismiss.textContent = t('dismiss');
  dismiss.addEventListener('click', onDismiss);
  return host;
}

/**
 * When X's markup stops matching (cells on screen, no post recognised), say so visibly instead of
 * silently highlighting nothing. Checked a while after the page settles, not on every mutation.
 */
export function createMarkupWarning(ctx: ContentScriptContext) {
  let host: HTMLElement | null = null;
  let dismissed = false;
  let timer = 0;

  function check(): void {
    timer = 0;
    const broken = checkMarkupHealth(document).broken;
    if (broken && !dismissed && !host?.isConnected) document.body.appendChild((host = createNotice(hide)));
    if (!broken) host?.remove();
  }
  function hide(): void {
    dismissed = true;
    host?.remove();
  }
  ctx.onInvalidated(() => host?.remove());

  return {
    /** Something changed: look again once the page has been quiet for a moment. */
    schedule(): void {
      if (timer) clearTimeout(timer);
      timer = ctx.setTimeout(check, SETTLE_MS);
    },
    /** A new page: a notice dismissed on the last one may be needed again. */
    reset(): void {
      dismissed = false;
    },
  };
}
