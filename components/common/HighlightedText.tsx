interface Span {
  start: number;
  end: number;
  kind: string;
}

/** A piece of post text, marked with its span's kind when it is a matched span. */
export interface TextPart {
  text: string;
  kind?: string;
}

/**
 * Post text with its matched spans marked. Everything is rendered as React text nodes: post text comes
 * from strangers and must never be parsed as HTML.
 */
export function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  return (
    <span className="kz-post-text">
      {markedParts(text, spans).map((part, i) =>
        part.kind === undefined ? (
          part.text
        ) : (
          <mark key={i} className={`kz-mark kz-mark-${part.kind}`}>
            {part.text}
          </mark>
        ),
      )}
    </span>
  );
}

/**
 * The text cut at its matched spans, in order, ending with the (possibly empty) rest; shared with the
 * panel's first screen (components/queue/first-screen.ts), which draws the same marks as plain DOM.
 */
export function markedParts(text: string, spans: Span[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of nonOverlapping(spans, text.length)) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), kind: span.kind });
    at = span.end;
  }
  parts.push({ text: text.slice(at) });
  return parts;
}

/** Spans sorted by start; a span that overlaps an earlier one is dropped, out-of-range ones too. */
function nonOverlapping(spans: Span[], length: number): Span[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end).sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}
