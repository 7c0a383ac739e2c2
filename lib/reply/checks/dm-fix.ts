import type { Fix } from '../finding';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** "order number" → "your order number"; "the address" → "your address". */
function withYour(label: string): string {
  return /^(your|ur|the)\s/i.test(label) ? label.replace(/^(ur|the)\s/i, 'your ') : `your ${label}`;
}

/**
 * The fix for a public ask for personal data: rewrite the clause holding the request (from the last
 * comma before the first item to the end of the sentence) as a request to send it by DM, keeping
 * what comes before it, such as 「恐れ入りますが、」. `sentence` and `items` are original offsets.
 */
export function dmFix(draft: string, sentence: { start: number; end: number }, items: Array<[number, number]>): Fix {
  const first = items[0]![0];
  const japanese = JAPANESE.test(draft.slice(sentence.start, sentence.end));
  // In Japanese a space also ends a clause: writers use one where English would use a comma.
  const cuts = japanese ? ['、', ',', '，', ' ', '\u3000'] : [','];
  const before = draft.slice(sentence.start, first);
  let start = sentence.start + Math.max(...cuts.map((c) => before.lastIndexOf(c))) + 1;
  while (start < first && /\s/.test(draft[start]!)) start++;
  const labels = [...new Set(items.map(([a, b]) => draft.slice(a, b)))];
  const replacement = japanese
    ? `${labels.join('と')}はDMでお送りください。`
    : `${draft.slice(sentence.start, start).trim() ? 'please' : 'Please'} send ${labels.map(withYour).join(' and ')} to us by DM.`;
  return { start, end: sentence.end, replacement };
}
