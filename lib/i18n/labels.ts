import type { Category } from '../categories';
import { CATEGORY_LABELS } from './category-labels';
import { currentLang, type Lang } from './plain-t';

// The words for Kizuki's own codes (category, tone, severity), in one place, so no screen, CSV or CLI
// line shows `complaint` or `error` to a Japanese operator. Everything that names one of these codes
// to a person goes through here.

export type Severity = 'error' | 'warning' | 'info';

const LABELS = {
  en: {
    category: CATEGORY_LABELS.en,
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    tone: { formal: 'Formal', casual: 'Casual' } as Record<string, string>,
  },
  ja: {
    category: CATEGORY_LABELS.ja,
    severity: { error: 'エラー', warning: '警告', info: '注意' },
    tone: { formal: 'フォーマル', casual: 'カジュアル' } as Record<string, string>,
  },
} satisfies Record<Lang, { category: Record<Category, string>; severity: Record<Severity, string>; tone: Record<string, string> }>;

/** Category names as a dictionary, for message tables that list them among their own keys. */
export { CATEGORY_LABELS };

/** The tones every pack has; a pack may add its own as personas. */
export const BUILTIN_TONES = ['formal', 'casual'] as const;

export function categoryLabel(category: Category, lang: Lang = currentLang()): string {
  return LABELS[lang].category[category] ?? category;
}

export function severityLabel(severity: Severity, lang: Lang = currentLang()): string {
  return LABELS[lang].severity[severity] ?? severity;
}

/**
 * A tone's name: the built-in ones translated, a persona's by the name its pack gives it
 * (`midori-chan` → ミドリちゃん), anything else as written, since a pack's own tone has no translation.
 */
export function toneLabel(tone: string, personas: readonly { tone: string; name: string }[] = [], lang: Lang = currentLang()): string {
  return LABELS[lang].tone[tone] ?? personas.find((p) => p.tone === tone)?.name ?? tone;
}
