// Japanese or English, following the browser's language (navigator.language in pages and the CLI's LANG).
// The translator here fills `{name}` placeholders only: the content script's messages need no plural
// choices, so the page does not carry that machinery. Messages that count things use make-t.ts.
export type Lang = 'ja' | 'en';

export function currentLang(): Lang {
  const tag =
    (typeof navigator !== 'undefined' && navigator.language) ||
    (typeof process !== 'undefined' && (process.env.LC_ALL || process.env.LANG)) ||
    'en';
  return tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export type Dict = Record<string, string>;

export function fillVars(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/**
 * Builds a translator from one feature's messages, without plural choices. The English dictionary
 * defines the keys; Japanese must have the same ones (checked by the type).
 */
export function makeT<E extends Dict>(messages: { en: E; ja: { [K in keyof E]: string } }, lang: Lang = currentLang()) {
  return (key: keyof E & string, vars: Record<string, string | number> = {}): string =>
    fillVars((messages[lang] as Dict)[key] ?? messages.en[key] ?? key, vars);
}
