import { HIDDEN_IN_TEXT } from './selectors';
import type { TextPiece } from './types';

/**
 * Rebuilds what a reader sees in a tweetText element: text nodes as they are, emoji <img> as their
 * alt, and nothing from aria-hidden spans (X keeps "https://", the URL tail and "…" there, so
 * `textContent` would hold text nobody sees). `pieces` map every offset back to its DOM node.
 */
export function readText(root: Element): { text: string; pieces: TextPiece[] } {
  const pieces: TextPiece[] = [];
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) pieces.push({ node, start: text.length, end: text.length + data.length });
      text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(HIDDEN_IN_TEXT)) return;
    if (el.localName === 'img') {
      const alt = el.getAttribute('alt') ?? '';
      if (alt) pieces.push({ node, start: text.length, end: text.length + alt.length });
      text += alt;
      return;
    }
    if (el.localName === 'br') {
      text += '\n';
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  return { text, pieces };
}
