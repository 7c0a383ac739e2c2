import { findAll, normalize, normalizeTerm, type Normalized, type Occurrence } from '../normalized';
import type { NgWord } from '../../pack/schema';
import type { Finding } from '../finding';
import type { Check } from './context';
import { ngWordHits } from '../../prh/apply-rule';
import { fitReplacement } from './fit-replacement';

interface CompiledNg {
  ng: NgWord;
  term: string;
  suggest?: string;
}

// checkDraft runs on every keystroke and a pack may hold thousands of NG words: normalise each
// word once. Keyed by the word object (stable while its pack is loaded), not by the list, since
// callers often rebuild the list (packs.flatMap(...)) on every render.
const compiled = new WeakMap<NgWord, CompiledNg>();

function compileOne(ng: NgWord): CompiledNg {
  let c = compiled.get(ng);
  if (!c) {
    c = { ng, term: normalizeTerm(ng.term), suggest: ng.suggest && normalizeTerm(ng.suggest) };
    compiled.set(ng, c);
  }
  return c;
}

/**
 * Rules like ユーザ → ユーザー have a suggestion that contains the term: where the draft already
 * reads as the suggestion, the term is not flagged (else the fix would write ユーザーー).
 */
function alreadySuggested(draft: string, hay: Normalized, found: Occurrence, c: CompiledNg): boolean {
  if (!c.suggest) return false;
  // Width or case rules (csv → CSV, ！！ → !!) normalise to the same text: compare what was typed.
  if (c.suggest === c.term) return draft.slice(found.start, found.end) === c.ng.suggest;
  const at = found.at;
  for (let k = c.suggest.indexOf(c.term); k !== -1; k = c.suggest.indexOf(c.term, k + 1))
    if (hay.text.startsWith(c.suggest, at - k)) return true;
  return false;
}

/** A prh rule imported with a regular expression: it is checked as prh checks it, with its own fix. */
function patternFindings(draft: string, ng: NgWord, t: Parameters<Check>[1]['t']): Finding[] {
  return ngWordHits(ng, draft).map(({ start, end, found, replacement }) => ({
    code: 'ng-word' as const,
    severity: ng.severity ?? 'warning',
    start,
    end,
    message: t('ngWord', { term: found, reason: ng.reason ? t('ngReason', { reason: ng.reason }) : '' }) + t('ngWordSuggest', { suggest: replacement }),
    suggest: replacement,
    fix: fitReplacement(draft, start, end, replacement),
  }));
}

/** `ng-word`: each occurrence of a pack NG word (any width, case or kana variant). */
export const checkNgWords: Check = (draft, ctx) => {
  if (ctx.ngWords.length === 0) return [];
  const hay = normalize(draft);
  const findings: Finding[] = [];
  for (const ng of ctx.ngWords) if (ng.pattern) findings.push(...patternFindings(draft, ng, ctx.t));
  for (const c of ctx.ngWords.filter((ng) => !ng.pattern).map(compileOne)) {
    for (const found of findAll(hay, c.term)) {
      if (alreadySuggested(draft, hay, found, c)) continue;
      const { start, end } = found;
      const { suggest, reason, severity } = c.ng;
      const because = reason ? ctx.t('ngReason', { reason }) : '';
      const advice = suggest !== undefined ? ctx.t('ngWordSuggest', { suggest }) : '';
      findings.push({
        code: 'ng-word',
        severity: severity ?? 'warning',
        start,
        end,
        message: ctx.t('ngWord', { term: draft.slice(start, end), reason: because }) + advice,
        ...(suggest !== undefined && { suggest, fix: fitReplacement(draft, start, end, suggest) }),
      });
    }
  }
  return findings;
};
