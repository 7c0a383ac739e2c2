// The x.com markup layer: selectors, extraction and highlight ranges. DOM-only, no dependencies.
export * as selectors from './selectors';
export { extractPost, isAd } from './extract';
export { rangesForSpan, staticRangesForSpan } from './ranges';
export { checkMarkupHealth, type MarkupHealth } from './markup-health';
export type { ExtractedPost, QuotedPost, TextPiece } from './types';
