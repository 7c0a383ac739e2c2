import { findAll, normalize, normalizeTerm } from '../normalized';
import type { Finding } from '../finding';
import type { Check } from './context';

/** `ng-word`: each occurrence of a pack NG word (any width, case or kana variant). */
export const checkNgWords: Check = (draft, ctx) => {
  if (ctx.ngWords.length === 0) return [];
  const hay = normalize(draft);
  const findings: Finding[] = [];
  for (const ng of ctx.ngWords) {
    for (const [start, end] of findAll(hay, normalizeTerm(ng.term))) {
      const reason = ng.reason ? ctx.t('ngReason', { reason: ng.reason }) : '';
      const advice = ng.suggest !== undefined ? ctx.t('ngWordSuggest', { suggest: ng.suggest }) : '';
      findings.push({
        code: 'ng-word',
        severity: ng.severity ?? 'warning',
        start,
        end,
        message: ctx.t('ngWord', { term: draft.slice(start, end), reason }) + advice,
        ...(ng.suggest !== undefined && { suggest: ng.suggest, fix: { start, end, replacement: ng.suggest } }),
      });
    }
  }
  return findings;
};
