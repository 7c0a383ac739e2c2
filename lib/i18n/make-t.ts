import { currentLang, fillVars, type Dict, type Lang } from './plain-t';
import { expandPlurals } from './plural';

export { currentLang, type Lang };

/**
 * Builds a translator from one feature's messages. `{name}` placeholders are filled from `vars`.
 * The English dictionary defines the keys; Japanese must have the same ones (checked by the type).
 * A count is worded with `{n, plural, one {# post} other {# posts}}` (lib/i18n/plural.ts).
 * (The content script uses plain-t.ts, the same without plural choices.)
 */
export function makeT<E extends Dict>(messages: { en: E; ja: { [K in keyof E]: string } }, lang: Lang = currentLang()) {
  return (key: keyof E & string, vars: Record<string, string | number> = {}): string =>
    fillVars(expandPlurals((messages[lang] as Dict)[key] ?? messages.en[key] ?? key, vars, lang), vars);
}
