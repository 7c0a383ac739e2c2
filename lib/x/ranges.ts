import type { TextPiece } from './types';

interface Bounds { node: Text; start: number; end: number }

/**
 * The text-node slices covering [start, end) of an extracted text. Emoji <img> pieces are skipped:
 * highlights only paint text, and one slice per text node keeps the text on both sides of an emoji
 * highlighted. A node X changed since extraction (recycled cell) is skipped rather than throwing.
 */
function slicesForSpan(pieces: readonly TextPiece[], start: number, end: number): Bounds[] {
  const out: Bounds[] = [];
  if (end <= start) return out;
  for (const piece of pieces) {
    if (piece.end <= start) continue;
    if (piece.start >= end) break;
    if (piece.node.nodeType !== 3) continue;
    const node = piece.node as Text;
    if (node.data.length !== piece.end - piece.start) continue;
    out.push({ node, start: Math.max(start, piece.start) - piece.start, end: Math.min(end, piece.end) - piece.start });
  }
  return out;
}

/** Live DOM ranges for the CSS Custom Highlight API; they never modify X's nodes. */
export function rangesForSpan(pieces: readonly TextPiece[], start: number, end: number): Range[] {
  return slicesForSpan(pieces, start, end).map(({ node, start: s, end: e }) => {
    const range = node.ownerDocument.createRange();
    range.setStart(node, s);
    range.setEnd(node, e);
    return range;
  });
}
