import twitterText, { type ParseTweetOptions } from 'twitter-text';

export const MAX_WEIGHTED_LENGTH = 280;

// twitter-text ships its three counting configs, but its type definitions leave them out.
// version3 (emoji count 2 whatever their code points) is what X counts with today.
type ConfigName = 'version1' | 'version2' | 'version3';
const configs = (twitterText as unknown as { configs: Record<ConfigName, ParseTweetOptions> }).configs;

export interface WeightedCount {
  weightedLength: number;
  valid: boolean;
  /** Index (UTF-16, exclusive) where the text stops fitting in 280; the text's length when it fits. */
  fitsUntil: number;
}

/** Counts a draft exactly as X does: CJK and emoji 2, most Latin 1, every URL 23. */
export function countWeighted(text: string, config: ConfigName = 'version3'): WeightedCount {
  const parsed = twitterText.parseTweet(text, configs[config]);
  // validRangeEnd is inclusive; an empty or all-invalid text has nothing that fits.
  const fitsUntil = parsed.weightedLength <= MAX_WEIGHTED_LENGTH ? text.length : parsed.validRangeEnd + 1;
  return { weightedLength: parsed.weightedLength, valid: parsed.valid, fitsUntil };
}
