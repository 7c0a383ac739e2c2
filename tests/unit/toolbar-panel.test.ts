import { describe, expect, it, vi } from 'vitest';
import { openPanelFromToolbar } from '@/lib/background/toolbar-panel';

// Which browser API the toolbar button uses to open the panel. The real clicks are tested in
// tests/e2e-firefox/sidebar.test.ts; this pins the rule Firefox imposes: toggle() is called within
// the click's own handler, not after an await.

function button() {
  let listener: (() => void) | undefined;
  return { onClicked: { addListener: (l: () => void) => void (listener = l) }, click: () => listener?.() };
}

describe('openPanelFromToolbar', () => {
  it('Chrome: lets the side panel open on the action click', () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    const action = button();
    openPanelFromToolbar({ sidePanel: { setPanelBehavior }, action });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Firefox: a click on the browser action toggles the sidebar synchronously', () => {
    const toggle = vi.fn().mockResolvedValue(undefined);
    const browserAction = button();
    openPanelFromToolbar({ sidebarAction: { toggle }, browserAction });
    expect(toggle).not.toHaveBeenCalled();
    browserAction.click();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('does nothing where neither API exists', () => {
    expect(() => openPanelFromToolbar({})).not.toThrow();
  });
});
