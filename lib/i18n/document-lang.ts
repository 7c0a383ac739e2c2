import { currentLang } from './make-t';

/**
 * Marks an extension page with the UI language. Without `lang="ja"` a browser may draw Japanese text
 * with Chinese glyph forms, and screen readers pick the wrong voice. Every extension page calls this
 * first thing at start-up.
 */
export function setDocumentLang(doc: Document = document): void {
  doc.documentElement.lang = currentLang();
}
