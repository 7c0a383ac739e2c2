import { countWeighted, MAX_WEIGHTED_LENGTH } from '../weighted-length';
import type { Check } from './context';

/** `too-long`: over X's 280 weighted length; the span is the part that does not fit. */
export const checkTooLong: Check = (draft, ctx) => {
  const { weightedLength, fitsUntil } = countWeighted(draft);
  if (weightedLength <= MAX_WEIGHTED_LENGTH) return [];
  const over = weightedLength - MAX_WEIGHTED_LENGTH;
  return [
    {
      code: 'too-long',
      severity: 'error',
      start: fitsUntil,
      end: draft.length,
      message: ctx.t('tooLong', { length: weightedLength, over }),
    },
  ];
};
