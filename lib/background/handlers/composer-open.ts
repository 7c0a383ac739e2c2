import { browser } from 'wxt/browser';
import { selectedPost } from '../../db/kv-items';
import { defineHandler } from '../define-handler';

type PanelApi = { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } };
type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

/**
 * "Reply" on a chip: the side panel selects that post (it watches the selectedPost item) and opens
 * if it can. Browsers only open panels in answer to a click; when this message no longer counts as
 * one, the selection still waits for the operator's next look at the panel.
 */
async function openPanel(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const chrome = browser as unknown as PanelApi & SidebarApi;
  try {
    if (chrome.sidePanel) await chrome.sidePanel.open(tabId !== undefined ? { tabId } : { windowId });
    else await chrome.sidebarAction?.open();
  } catch {
    // Not allowed without a user gesture here, or already open: the stored selection is enough.
  }
}

export default defineHandler('composer/open', async (req, sender) => {
  await selectedPost.set({ postId: req.postId, tabId: sender.tab?.id ?? null, at: Date.now() });
  await openPanel(sender.tab?.id, sender.tab?.windowId);
  return { ok: true };
});
