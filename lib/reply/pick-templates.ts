import type { Category } from '../categories';
import type { Pack, Template } from '../pack/schema';

export interface PickedTemplate {
  packId: string;
  template: Template;
}

export interface PickOptions {
  category: Category;
  tone: string;
  /** The post's language as X gives it on the text element (`ja`, `en`, `es`, `und`…). */
  lang?: string;
}

/** `ja-JP` and `ja` are the same language for choosing a template. */
function baseLang(tag: string | undefined): string | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return base && base !== 'und' && base !== 'qme' && base !== 'zxx' ? base : undefined;
}

/** A template without `lang` written in kana or kanji is Japanese; otherwise it fits any language. */
export function templateLang(template: Template): string | undefined {
  if (template.lang) return baseLang(template.lang);
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(template.text) ? 'ja' : undefined;
}

// 0: written in the post's language, 1: language-neutral, 2: another language.
function rank(template: Template, postLang: string | undefined): number {
  const lang = templateLang(template);
  if (lang === undefined) return 1;
  return postLang !== undefined && lang === postLang ? 0 : 2;
}

/**
 * Templates of the active packs (precedence order) for a category and tone. Templates in the
 * post's language come first, then language-neutral ones; templates in other languages are only
 * offered when nothing else exists, so the operator still has a starting point to translate.
 */
export function pickTemplates(packs: readonly Pack[], options: PickOptions): PickedTemplate[] {
  const postLang = baseLang(options.lang);
  const candidates = packs.flatMap((pack) =>
    (pack.templates ?? [])
      .filter((t) => t.category === options.category && t.tone === options.tone)
      .map((template) => ({ packId: pack.id, template, rank: rank(template, postLang) })),
  );
  const fitting = candidates.filter((c) => c.rank < 2);
  const chosen = fitting.length > 0 ? fitting : candidates;
  // Array.prototype.sort is stable: pack precedence and pack order survive within a rank.
  return chosen.sort((a, b) => a.rank - b.rank).map(({ packId, template }) => ({ packId, template }));
}
