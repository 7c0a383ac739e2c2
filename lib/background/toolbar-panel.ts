import { browser } from 'wxt/browser';

// The toolbar button opens Kizuki's panel in both browsers. Chrome opens its side panel itself once
// told to; Firefox has no such setting, so the button's click toggles the sidebar. toggle() must run
// inside the click's handler (Firefox allows opening a sidebar only while handling user input), so
// nothing is awaited before it. Alt+Shift+K needs no code: the manifest binds it to
// _execute_action (Chrome) or _execute_sidebar_action (Firefox).

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}
interface ToolbarButton {
  onClicked: { addListener(listener: () => void): void };
}
type PanelApis = {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebarAction;
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
};

export function openPanelFromToolbar(apis: PanelApis = browser as unknown as PanelApis): void {
  if (apis.sidePanel) {
    apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  const sidebar = apis.sidebarAction;
  const button = apis.action ?? apis.browserAction;
  if (!sidebar || !button) return;
  button.onClicked.addListener(() => void sidebar.toggle().catch(() => {}));
}
