import { makeT, type Lang } from '../i18n/make-t';
import type { NgWord } from '../pack/schema';
import { checkEmojiInFormal } from './checks/emoji-in-formal';
import { checkMissingVariables } from './checks/missing-variable';
import { checkNgWords } from './checks/ng-word';
import { checkPersonalInfoPublic } from './checks/personal-info-public';
import { checkTemplateUnchanged } from './checks/template-unchanged';
import { checkTooLong } from './checks/too-long';
import type { Check } from './checks/context';
import type { Finding } from './finding';
import { messages } from './messages';
import { countWeighted, MAX_WEIGHTED_LENGTH } from './weighted-length';

export interface DraftContext {
  tone: string;
  ngWords: readonly NgWord[];
  /** The template as filled for this post (fillTemplate(...).text), when the draft started from one. */
  template?: string;
  /** Language of the messages; the browser's (or LANG's) by default. */
  lang?: Lang;
}

export interface DraftReport {
  weightedLength: number;
  maxLength: typeof MAX_WEIGHTED_LENGTH;
  findings: Finding[];
}

const CHECKS: Check[] = [
  checkMissingVariables,
  checkNgWords,
  checkPersonalInfoPublic,
  checkEmojiInFormal,
  checkTemplateUnchanged,
  checkTooLong,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every reply check on a draft. Findings come most severe first, then in text order. */
export function checkDraft(draft: string, ctx: DraftContext): DraftReport {
  const t = makeT(messages, ctx.lang);
  const checkCtx = { tone: ctx.tone, ngWords: ctx.ngWords, template: ctx.template, t };
  const findings = CHECKS.flatMap((check) => check(draft, checkCtx)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start,
  );
  return { weightedLength: countWeighted(draft).weightedLength, maxLength: MAX_WEIGHTED_LENGTH, findings };
}

/** Applies one fix to the draft (what the panel's one-click button does). */
export function applyFix(draft: string, fix: { start: number; end: number; replacement: string }): string {
  return draft.slice(0, fix.start) + fix.replacement + draft.slice(fix.end);
}
