import type { Lang } from './plain-t';

// English needs "1 post" / "2 posts"; Japanese has one form. A message may hold a plural choice in
// the ICU form translators know, e.g. `{n, plural, one {# post} other {# posts}}`: `#` is the number.
// Cases are exact (`=0`) or the forms Intl.PluralRules names (`one`, `other`, …). Kept this small
// because the content script's messages go through it too.

const CHOICE = /\{(\w+),\s*plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const CASE = /(=?\w+)\s*\{([^{}]*)\}/g;

const rules = new Map<Lang, Intl.PluralRules>();
/** One PluralRules per language: building one is far dearer than asking it (a list renders many counts). */
function pluralRules(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** Replaces each `{var, plural, …}` choice in a message by the form its number takes. */
export function expandPlurals(text: string, vars: Record<string, string | number>, lang: Lang): string {
  return text.replace(CHOICE, (whole, name: string, body: string) => {
    if (!(name in vars)) return whole;
    const n = Number(vars[name]);
    const cases: Record<string, string> = {};
    for (const m of body.matchAll(CASE)) cases[m[1]!] = m[2]!;
    return (cases[`=${n}`] ?? cases[pluralRules(lang).select(n)] ?? cases.other ?? '').replace(/#/g, String(vars[name]));
  });
}
