import type { Feature } from '../features';
import type { PostView } from '../pipeline';
import { sendRequest } from '../../contract/request-port';
import { POST } from '../../x/selectors';

// X's own shortcuts are single keys and g-sequences (j k l r t s b u m n . / ? g…): Kizuki's two keys
// carry Alt+Shift so X's keep working and "g h" never marks anything. Matched by physical key
// (`code`) so a Japanese or any other keyboard layout, or Alt producing a symbol on macOS, agrees.
const KEYS: Record<string, 'mark' | 'select'> = { KeyH: 'mark', KeyS: 'select' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || !!target.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]'));
}

/** The brand post X has focus on (its j/k moves focus from article to article). */
function focusedView(views: PostView[]): PostView | undefined {
  const article = document.activeElement?.closest(POST);
  return article ? views.find((v) => v.article === article) : undefined;
}

/** Keyboard on x.com: Alt+Shift+H marks the focused post handled, Alt+Shift+S selects it in the panel. */
export const shortcuts: Feature = {
  name: 'shortcuts',
  init(signal, page) {
    const onKey = (event: KeyboardEvent) => {
      // Only the operator's own key presses: a page script cannot mark posts by dispatching events.
      if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      const what = KEYS[event.code];
      if (!what || isTyping(event.target)) return;
      const view = focusedView(page.views());
      if (!view) return;
      event.preventDefault();
      if (what === 'mark') void sendRequest({ type: 'handled/mark', post: view.summary, action: 'replied' });
      else void sendRequest({ type: 'composer/open', postId: view.post.id });
    };
    window.addEventListener('keydown', onKey, { capture: true, signal });
  },
};
