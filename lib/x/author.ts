import { readText } from './text';

/**
 * Display name: the first `div[dir=ltr]` of a User-Name block (inside the profile link on a post,
 * bare in a quoted post), emoji included; the verified badge sits in a later block.
 */
export function displayNameOf(userName: Element | null): string {
  const name = userName?.querySelector('div[dir="ltr"]');
  return name ? readText(name).text.trim() : '';
}

/**
 * Handle as shown ("@TestQuoter" → "TestQuoter"). The LAST "@name" leaf wins because a display
 * name may itself look like a handle ([xingest] jason: display name "@jason", handle "@Jason").
 */
export function shownHandleOf(userName: Element | null): string | null {
  let handle: string | null = null;
  for (const span of userName?.querySelectorAll('span') ?? []) {
    if (span.children.length > 0) continue;
    const m = span.textContent?.trim().match(/^@([A-Za-z0-9_]{1,15})$/);
    if (m?.[1]) handle = m[1];
  }
  return handle;
}
