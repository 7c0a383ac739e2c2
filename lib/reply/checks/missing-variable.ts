import type { Finding } from '../finding';
import type { Check } from './context';

// The marker fillTemplate leaves (⟦name⟧), and raw {{name}} braces typed or pasted by hand:
// either would reach the customer as is.
const UNFILLED = /⟦([^⟦⟧\n]{1,40})⟧|\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

/** `missing-variable`: a template variable that still has no value. */
export const checkMissingVariables: Check = (draft, ctx) => {
  const findings: Finding[] = [];
  for (const m of draft.matchAll(UNFILLED)) {
    const variable = (m[1] ?? m[2])!;
    findings.push({
      code: 'missing-variable',
      severity: 'error',
      start: m.index,
      end: m.index + m[0].length,
      message: ctx.t('missingVariable', { variable }),
    });
  }
  return findings;
};
