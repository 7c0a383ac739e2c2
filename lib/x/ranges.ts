import type { TextPiece } from './types';

/**
 * DOM ranges covering [start, end) of an extracted text, one per text node touched, for the CSS
 * Custom Highlight API. Emoji <img> pieces are skipped: highlights only paint text, and a range per
 * text node keeps the text on both sides of an emoji highlighted. Ranges never modify X's nodes.
 */
export function rangesForSpan(pieces: readonly TextPiece[], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  if (end <= start) return ranges;
  for (const piece of pieces) {
    if (piece.end <= start) continue;
    if (piece.start >= end) break;
    if (piece.node.nodeType !== 3) continue;
    // A recycled cell may have changed the node since extraction: skip rather than throw.
    if ((piece.node as Text).data.length !== piece.end - piece.start) continue;
    const range = piece.node.ownerDocument!.createRange();
    range.setStart(piece.node, Math.max(start, piece.start) - piece.start);
    range.setEnd(piece.node, Math.min(end, piece.end) - piece.start);
    ranges.push(range);
  }
  return ranges;
}
