// Splits text into sentences with their offsets: Japanese 。！？, Latin ! ? and ". ", and line breaks.
export interface Sentence {
  start: number;
  /** End of the sentence's words, before its closing punctuation. */
  bodyEnd: number;
  /** End including the closing punctuation (never the line break). */
  end: number;
}

const SENTENCE = /[^。．！？!?\n]+?(?:[。．！？!?]+|\.(?=\s|$)|(?=\n)|$)/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const body = m[0].replace(/[。．！？!?.]+$/, '');
    out.push({ start, bodyEnd: start + body.length, end });
  }
  return out;
}
