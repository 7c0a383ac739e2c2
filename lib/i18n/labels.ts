import type { Category } from '../categories';
import type { HandledAction } from '../contract/records';
import { CATEGORY_LABELS } from './category-labels';
import { currentLang, type Lang } from './plain-t';

// The words for Kizuki's own codes (category, tone, severity, handled action, reply check, sync
// state), in one place, so no screen, CSV or CLI
// line shows `complaint` or `error` to a Japanese operator. Everything that names one of these codes
// to a person goes through here.

export type Severity = 'error' | 'warning' | 'info';
export type SyncState = 'local' | 'synced' | 'remote' | 'refused';

const LABELS = {
  en: {
    category: CATEGORY_LABELS.en,
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    tone: { formal: 'Formal', casual: 'Casual' } as Record<string, string>,
    action: { replied: 'Replied', liked: 'Liked', reposted: 'Reposted', dm: 'DM', skipped: 'Skipped', escalated: 'Escalated' },
    check: {
      'ng-word': 'NG word', 'too-long': 'Too long', 'personal-info-public': 'Personal details asked in public',
      'emoji-in-formal': 'Emoji in a formal reply', 'template-unchanged': 'Template unchanged', 'missing-variable': 'Missing value',
    } as Record<string, string>,
    sync: { local: 'Not yet sent', synced: 'Sent to the team', remote: "A teammate's", refused: 'Refused by the server' },
    yes: 'Yes',
    no: 'No',
  },
  ja: {
    category: CATEGORY_LABELS.ja,
    severity: { error: 'エラー', warning: '警告', info: '注意' },
    tone: { formal: 'フォーマル', casual: 'カジュアル' } as Record<string, string>,
    action: { replied: '返信', liked: 'いいね', reposted: 'リポスト', dm: 'DM', skipped: '対応不要', escalated: 'エスカレーション' },
    check: {
      'ng-word': 'NGワード', 'too-long': '文字数超過', 'personal-info-public': '個人情報を公開で質問',
      'emoji-in-formal': 'フォーマルな返信の絵文字', 'template-unchanged': 'テンプレートのまま', 'missing-variable': '未入力の項目',
    } as Record<string, string>,
    sync: { local: '未送信', synced: 'チームに送信済み', remote: 'チームメイトの記録', refused: 'サーバーが拒否' },
    yes: 'はい',
    no: 'いいえ',
  },
} satisfies Record<Lang, {
  category: Record<Category, string>; severity: Record<Severity, string>; tone: Record<string, string>;
  action: Record<HandledAction, string>; check: Record<string, string>; sync: Record<SyncState, string>; yes: string; no: string;
}>;

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

export function actionLabel(action: HandledAction, lang: Lang = currentLang()): string {
  return LABELS[lang].action[action] ?? action;
}

/** A reply check's name (`ng-word` → 「NGワード」); a code from a newer teammate's version as written. */
export function checkLabel(code: string, lang: Lang = currentLang()): string {
  return LABELS[lang].check[code] ?? code;
}

export function syncStateLabel(state: SyncState, lang: Lang = currentLang()): string {
  return LABELS[lang].sync[state] ?? state;
}

export function yesNoLabel(value: boolean, lang: Lang = currentLang()): string {
  return value ? LABELS[lang].yes : LABELS[lang].no;
}
