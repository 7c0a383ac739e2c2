import { expandPlurals } from './plural';

// Japanese or English, following the browser's language (navigator.language in pages and the CLI's LANG).
export type Lang = 'ja' | 'en';

export function currentLang(): Lang {
  const tag =
    (typeof navigator !== 'undefined' && navigator.language) ||
    (typeof process !== 'undefined' && (process.env.LC_ALL || process.env.LANG)) ||
    'en';
  return tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

type Dict = Record<string, string>;

/**
 * Builds a translator from one feature's messages. `{name}` placeholders are filled from `vars`.
 * The English dictionary defines the keys; Japanese must have the same ones (checked by the type).
 * A count is worded with `{n, plural, one {# post} other {# posts}}` (lib/i18n/plural.ts).
 */
export function makeT<E extends Dict>(messages: { en: E; ja: { [K in keyof E]: string } }, lang: Lang = currentLang()) {
  return (key: keyof E & string, vars: Record<string, string | number> = {}): string => {
    const text = expandPlurals((messages[lang] as Dict)[key] ?? messages.en[key] ?? key, vars, lang);
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}
