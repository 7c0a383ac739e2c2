import type { ReactNode } from 'react';

interface Span {
  start: number;
  end: number;
  kind: string;
}

/**
 * Post text with its matched spans marked. Everything is rendered as React text nodes: post text comes
 * from strangers and must never be parsed as HTML.
 */
export function HighlightedText({ text, spans }: { text: string; spans: Span[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of nonOverlapping(spans, text.length)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={`kz-mark kz-mark-${span.kind}`}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <span className="kz-post-text">{parts}</span>;
}

/** Spans sorted by start; a span that overlaps an earlier one is dropped, out-of-range ones too. */
function nonOverlapping(spans: Span[], length: number): Span[] {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end).sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (kept.length === 0 || s.start >= kept[kept.length - 1]!.end) kept.push(s);
  return kept;
}
