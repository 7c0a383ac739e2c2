import type { Lang } from './make-t';

// English needs "1 post" / "2 posts"; Japanese has one form. A message may hold a plural choice in
// the ICU form translators know, e.g. `{n, plural, one {# post} other {# posts}}`: `#` is the number.
// Only `one` and `other` (and `=0` / `=1`-style exact cases) are read: enough for ja and en.

const CHOICE = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const CASE = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** The form of a count in a language: `one`, `other`, … as Intl.PluralRules says. */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  return pluralRules(lang).select(n);
}

/** Replaces each `{var, plural, …}` choice in a message by the form its number takes. */
export function expandPlurals(text: string, vars: Record<string, string | number>, lang: Lang): string {
  return text.replace(CHOICE, (whole, name: string, body: string) => {
    if (!(name in vars)) return whole;
    const n = Number(vars[name]);
    const cases = new Map([...body.matchAll(CASE)].map((m) => [m[1]!, m[2]!] as const));
    const form = cases.get(`=${n}`) ?? cases.get(pluralCategory(lang, n)) ?? cases.get('other') ?? '';
    return form.replace(/#/g, String(vars[name]));
  });
}
