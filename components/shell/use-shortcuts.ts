import { useEffect, useRef } from 'react';

/** Key (KeyboardEvent.key; letters in lower case) → what it does. */
export type ShortcutBindings = Partial<Record<string, () => void>>;

/** Where a key press is the operator typing, not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return false;
}

/** Enter on a focused button or link already means "press it": the shortcut must not act twice. */
function activatesNatively(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && event.target instanceof HTMLElement && !!event.target.closest('button, a[href], summary, [role="button"]');
}

/** The binding a key press asks for, or null when it is typing, a browser shortcut or an IME composition. */
export function shortcutKey(event: KeyboardEvent): string | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target) || activatesNatively(event)) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/**
 * The panel's single-key commands (j/k, Enter, r, h, e, 1–9, Esc, ?). Each part of the panel binds
 * the keys it owns while it is on screen; the key handling knows nothing about the DOM it acts on.
 * Esc inside a field leaves the field, so the next key is a command again.
 */
export function useShortcuts(bindings: ShortcutBindings, enabled = true): void {
  const latest = useRef(bindings);
  latest.current = bindings;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && isTypingTarget(event.target)) return void (event.target as HTMLElement).blur();
      const key = shortcutKey(event);
      const run = key === null ? undefined : latest.current[key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
