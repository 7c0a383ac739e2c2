import { normalize } from '../normalized';
import type { Check } from './context';

// Edits this small (after ignoring spaces, punctuation, width and case) do not make a reply
// personal: a changed particle or a typo fix is still a copy-paste reply.
const TRIVIAL_EDIT = 4;

function comparable(text: string): string {
  return normalize(text).text.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Size of the one region where two texts differ, after removing their common start and end.
 * It bounds the edit distance from above and is linear, which matters on every keystroke.
 */
export function changedSpan(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return Math.max(endA - start, endB - start);
}

/** `template-unchanged`: the draft is the filled template with nothing about this person added. */
export const checkTemplateUnchanged: Check = (draft, ctx) => {
  if (!ctx.template || !draft.trim()) return [];
  if (changedSpan(comparable(draft), comparable(ctx.template)) > TRIVIAL_EDIT) return [];
  return [
    {
      code: 'template-unchanged',
      severity: 'warning',
      start: 0,
      end: draft.length,
      message: ctx.t('templateUnchanged'),
    },
  ];
};
