import { FOLLOW_BUTTON, FOLLOW_TESTID, LABEL_HANDLE } from './selectors';

export interface AuthorId {
  handle: string;
  userId: string;
}

/** The accounts whose numeric user id the page shows (follow buttons), by handle. */
export function authorIdsIn(root: ParentNode): AuthorId[] {
  const found = new Map<string, string>();
  for (const button of root.querySelectorAll(FOLLOW_BUTTON)) {
    const id = FOLLOW_TESTID.exec(button.getAttribute('data-testid') ?? '')?.[1];
    const handle = LABEL_HANDLE.exec(button.getAttribute('aria-label') ?? '')?.[1];
    if (id && handle) found.set(handle.toLowerCase(), id);
  }
  return [...found].map(([handle, userId]) => ({ handle, userId }));
}

/** X's DM composer addressed to a user id (Kizuki never sends: the operator writes and sends there). */
export const dmComposeUrl = (userId: string) => `https://x.com/messages/compose?recipient_id=${encodeURIComponent(userId)}`;
