// An official account named in the text (@midori_denki, ＠Midori_Denki) makes a post a brand post even
// without a brand term. X handles are 1–15 letters, digits or "_", compared case-insensitively; the
// character before "@" must not be a word character (an e-mail address is no mention).
const MENTION = /(?<![A-Za-z0-9_])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/g;

export interface HandleHit {
  handle: string;
  brandId: string;
  start: number;
  end: number;
}

export function findHandles(text: string, handleToBrand: ReadonlyMap<string, string>): HandleHit[] {
  if (text.indexOf('@') < 0 && text.indexOf('＠') < 0) return [];
  const hits: HandleHit[] = [];
  for (const m of text.matchAll(MENTION)) {
    const brandId = handleToBrand.get(m[1]!.toLowerCase());
    if (brandId) hits.push({ handle: m[1]!, brandId, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
